package id.sipetruk.nomination;

import id.sipetruk.common.SiteProperties;
import id.sipetruk.process.FormText;
import id.sipetruk.process.ProcessVariables;
import id.sipetruk.process.TaskSubject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task about one nomination is about ({@link #subject}), and the read-only facts its form shows (who,
 * which OPD and period, the last send-back reason, a link to the dossier). Only the columns of Tasklist's list are
 * task-local variables ({@link #listed}); the rest is computed when the form opens ({@link #shown}). Neither is
 * copied into the process or read back by the server.
 */
@Component
@Transactional(readOnly = true)
public class NominationContext {

    /** The names of {@link #shown}. */
    public static final Set<String> SHOWN = Set.of("nominationCode", "nomineeNip", "nomineePosition", "opdName",
            "periodTitle", "dossierUrl");

    private final NominationService nominations;
    private final NominationDecisionRepository decisions;
    private final String baseUrl;

    public NominationContext(NominationService nominations, NominationDecisionRepository decisions,
                             SiteProperties site) {
        this.nominations = nominations;
        this.decisions = decisions;
        this.baseUrl = site.baseUrl();
    }

    /**
     * The subject of a task of a NominationProcess: the nomination whose code is the instance's business key, its
     * period and OPD, to be done by the OPD group {@code role} names (e.g. {@code OpdGroups::adminGroup}) or, for
     * BKPSDM's tasks, by a fixed group.
     */
    public TaskSubject subject(DelegateTask task, Function<String, String> role) {
        Nomination nomination = nominations.byCode(task.getExecution().getProcessBusinessKey());
        String opd = nomination.getOpd().getCode();
        return TaskSubject.of(task, nomination.getPeriod().getId(), role.apply(opd)).withOpd(opd)
                .withNomination(nomination.getId());
    }

    /** Stored on each task about the nomination: the columns of Tasklist's list (TasklistFilterSetup). */
    public Map<String, Object> listed(Long nominationId) {
        Nomination nomination = nominations.get(nominationId);
        Map<String, Object> listed = new HashMap<>();
        listed.put(ProcessVariables.PERIOD_CODE, nomination.getPeriod().getCode());
        listed.put(ProcessVariables.OPD_CODE, nomination.getOpd().getCode());
        listed.put("nomineeName", FormText.plain(nomination.getEmployee().getName()));
        return listed;
    }

    /** Shown in the form when it opens ({@link id.sipetruk.process.LiveFormValues}), never stored. */
    public Map<String, Object> shown(Long nominationId) {
        Nomination nomination = nominations.get(nominationId);
        Map<String, Object> shown = new HashMap<>();
        shown.put("nominationCode", nomination.getCode());
        shown.put("nomineeNip", nomination.getEmployee().formattedNip());
        shown.put("nomineePosition", FormText.plain(nomination.getEmployee().getPosition()));
        shown.put("opdName", FormText.plain(nomination.getOpd().getName()));
        shown.put("periodTitle", FormText.plain(nomination.getPeriod().getTitle()));
        shown.put("dossierUrl", baseUrl + "/berkas/" + nomination.getCode());
        return shown;
    }

    /** Why the nomination last came back to the OPD, and from whom ("-" if never), for the admin's form. */
    public String lastReturnReason(Long nominationId) {
        return decisions.findByNominationIdOrderByDecidedAtAscIdAsc(nominationId).stream()
                .filter(d -> d.getOutcome() == NominationDecision.Outcome.SENT_BACK)
                .max(Comparator.comparing(NominationDecision::getId))
                .map(d -> FormText.plain(d.getReason() + " (" + d.getDecidedBy() + ")"))
                .orElse("-");
    }
}

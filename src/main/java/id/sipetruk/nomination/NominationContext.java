package id.sipetruk.nomination;

import id.sipetruk.common.SiteProperties;
import id.sipetruk.process.FormText;
import id.sipetruk.process.ProcessVariables;
import id.sipetruk.process.TaskSubject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task about one nomination is about ({@link #subject}), and the read-only facts its form shows (who,
 * which OPD and period, the last send-back reason, a link to the dossier). The facts are task-local variables:
 * shown in the form and in Tasklist's list, never copied into the process, never read back by the server.
 */
@Component
@Transactional(readOnly = true)
public class NominationContext {

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

    public Map<String, Object> of(Long nominationId) {
        Nomination nomination = nominations.get(nominationId);
        Map<String, Object> context = new HashMap<>();
        context.put("nominationCode", nomination.getCode());
        context.put(ProcessVariables.PERIOD_CODE, nomination.getPeriod().getCode());
        context.put(ProcessVariables.OPD_CODE, nomination.getOpd().getCode());
        context.put("nomineeName", FormText.plain(nomination.getEmployee().getName()));
        context.put("nomineeNip", nomination.getEmployee().formattedNip());
        context.put("nomineePosition", FormText.plain(nomination.getEmployee().getPosition()));
        context.put("opdName", FormText.plain(nomination.getOpd().getName()));
        context.put("periodTitle", FormText.plain(nomination.getPeriod().getTitle()));
        context.put("dossierUrl", baseUrl + "/berkas/" + nomination.getCode());
        return context;
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

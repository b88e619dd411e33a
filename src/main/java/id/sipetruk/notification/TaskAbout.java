package id.sipetruk.notification;

import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.process.TaskSubject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a task is about, in words, from its recorded subject: "PRD-2026-01-DISDIK-1 · Siti Nur'aini" for a task
 * about a nominee, "PRD-2026-01 · Dinas Pendidikan" for an OPD's task, else the period's code.
 */
@Component
@Transactional(readOnly = true)
public class TaskAbout {

    private final AwardPeriodRepository periods;
    private final NominationRepository nominations;
    private final OpdRepository opds;

    public TaskAbout(AwardPeriodRepository periods, NominationRepository nominations, OpdRepository opds) {
        this.periods = periods;
        this.nominations = nominations;
        this.opds = opds;
    }

    /** The code of the period the task is about. */
    public String periodCodeOf(TaskSubject subject) {
        return periods.findById(subject.getPeriodId()).map(AwardPeriod::getCode).orElse("-");
    }

    public String of(TaskSubject subject) {
        if (subject == null) {
            return "-";
        }
        return words(subject, periodCodeOf(subject),
                subject.getNominationId() == null ? null : nominations.findById(subject.getNominationId()).orElse(null),
                subject.getOpdCode() == null ? null : opds.findByCode(subject.getOpdCode()).map(o -> o.getName())
                        .orElse(subject.getOpdCode()));
    }

    /**
     * The words, from what the caller has already read (a page listing hundreds of tasks reads them all at once).
     *
     * @param nomination the nomination the task is about, if any
     * @param opdName    the name of the OPD the task is about, if any
     */
    public static String words(TaskSubject subject, String periodCode, Nomination nomination, String opdName) {
        if (subject.getNominationId() != null) {
            return nomination == null ? "-" : nomination.getCode() + " · " + nomination.getEmployee().getName();
        }
        if (subject.getOpdCode() == null) {
            return periodCode;
        }
        return periodCode + " · " + (opdName == null ? subject.getOpdCode() : opdName);
    }
}

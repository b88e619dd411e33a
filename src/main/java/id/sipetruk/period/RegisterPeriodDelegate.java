package id.sipetruk.period;

import static id.sipetruk.process.ProcessVariables.INITIATOR;
import static id.sipetruk.process.ProcessVariables.NOMINATION_CLOSES_AT;
import static id.sipetruk.process.ProcessVariables.NOMINATION_OPENS_AT;
import static id.sipetruk.process.ProcessVariables.PERIOD_CODE;

import id.sipetruk.common.ValidationException;
import id.sipetruk.common.ValidationFailures;
import id.sipetruk.organization.EmploymentType;
import id.sipetruk.organization.Predikat;
import id.sipetruk.process.FormValues;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterPeriod: turns the start form into an AwardPeriod. Runs in the start transaction, so a
 * rejected input means no process instance and the start form stays open with its values.
 * Afterwards the process keeps only the period's code (its business key, and a variable for display) and the two
 * window dates its timers read.
 */
@Component("registerPeriod")
public class RegisterPeriodDelegate implements JavaDelegate {

    /** The start form's field keys (forms/award-period-start.form). */
    static final List<String> START_FORM_FIELDS = List.of("year", "title", "referenceMonth", "referenceYear",
            "nominationOpensAt", "nominationClosesAt", "nomineesPerOpd", "awardeeCount", "finalistCount",
            "kinerjaThreshold", "kinerjaMeasure", "lowestPredikat", "disiplinThreshold", "instrumentWeight",
            "panelWeight", "additionalPeriod", "eligiblePns", "eligiblePppk", "minServiceYears", "penaltyLookbackYears",
            "awardLookbackYears", "assessmentDueAt", "verificationDueAt", "panelDueAt", "proposalDueAt", "decreeDueAt",
            "reminderDays");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AwardPeriodService periods;
    private final ZoneId zone;

    public RegisterPeriodDelegate(AwardPeriodService periods, Clock clock) {
        this.periods = periods;
        this.zone = clock.getZone();
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            register(execution);
        } catch (ValidationException rejected) {
            throw ValidationFailures.record(rejected);
        }
    }

    /**
     * The eligibility rules of the start form; a field a REST client leaves out takes the default Tasklist shows
     * (docs/process.md, "Eligibility").
     */
    static EligibilityRules eligibility(FormValues form) {
        Set<EmploymentType> types = EnumSet.noneOf(EmploymentType.class);
        if (form.raw("eligiblePns") == null || form.flag("eligiblePns")) {
            types.add(EmploymentType.PNS);
        }
        if (form.raw("eligiblePppk") == null || form.flag("eligiblePppk")) {
            types.add(EmploymentType.PPPK);
        }
        return new EligibilityRules(types,
                years(form, "minServiceYears", "Masa kerja minimal (tahun)", EligibilityRules.DEFAULT_MIN_SERVICE_YEARS),
                years(form, "penaltyLookbackYears", "Bebas hukuman disiplin sedang/berat (tahun terakhir)",
                        EligibilityRules.DEFAULT_PENALTY_YEARS),
                years(form, "awardLookbackYears", "Belum menerima penghargaan (tahun terakhir)",
                        EligibilityRules.DEFAULT_AWARD_YEARS));
    }

    /**
     * The deadlines of the stages after nomination; a field left empty (Tasklist) or out (a REST client) takes the
     * form's default, a number of days after the window closes (docs/process.md, "Timeline and due dates").
     */
    static PeriodTimeline timeline(FormValues form, LocalDateTime nominationClosesAt, ZoneId zone) {
        Map<PeriodStage, LocalDateTime> deadlines = new EnumMap<>(PeriodStage.class);
        for (PeriodStage stage : PeriodStage.values()) {
            Object raw = stage == PeriodStage.NOMINATION ? null : form.raw(stage.formField());
            if (raw != null && !raw.toString().isBlank()) {
                deadlines.put(stage, form.requiredDateTime(stage.formField(), "Batas waktu " + stage.label(), zone));
            }
        }
        int reminderDays = form.raw("reminderDays") == null || form.raw("reminderDays").toString().isBlank()
                ? PeriodTimeline.DEFAULT_REMINDER_DAYS
                : form.requiredInt("reminderDays", "Pengingat dikirim (hari sebelum batas waktu)", 1,
                        PeriodTimeline.MAX_REMINDER_DAYS);
        return new PeriodTimeline(nominationClosesAt, deadlines).withReminderDays(reminderDays);
    }

    private static int years(FormValues form, String name, String label, int absent) {
        return form.raw(name) == null ? absent : form.requiredInt(name, label, 0, EligibilityRules.MAX_YEARS);
    }

    private void register(DelegateExecution execution) {
        FormValues form = new FormValues(execution::getVariable);
        KinerjaMeasure measure = form.optionalEnum("kinerjaMeasure", "Kinerja dinilai dari", KinerjaMeasure.class,
                KinerjaMeasure.VALUE);
        // the form hides the threshold when Kinerja is scored by predikat
        BigDecimal kinerjaThreshold = measure == KinerjaMeasure.PREDIKAT && form.raw("kinerjaThreshold") == null
                ? Rubric.DEFAULT_KINERJA_THRESHOLD
                : form.requiredDecimal("kinerjaThreshold", "Ambang nilai e-Kinerja", BigDecimal.ZERO, HUNDRED, 2);
        LocalDateTime nominationClosesAt = form.requiredDateTime("nominationClosesAt", "Nominasi ditutup", zone);
        PeriodDefinition definition = new PeriodDefinition(
                form.requiredInt("year", "Tahun penghargaan", 2020, 2100),
                form.requiredText("title", "Judul periode", 300),
                form.requiredInt("referenceMonth", "Bulan acuan data", 1, 12),
                form.requiredInt("referenceYear", "Tahun acuan data", 2020, 2100),
                form.requiredDateTime("nominationOpensAt", "Nominasi dibuka", zone),
                nominationClosesAt,
                form.requiredInt("nomineesPerOpd", "Jumlah calon per OPD", 1, 10),
                form.requiredInt("awardeeCount", "Jumlah penerima penghargaan", 1, 100),
                form.requiredInt("finalistCount", "Jumlah finalis", 1, 200),
                kinerjaThreshold, measure,
                form.optionalEnum("lowestPredikat", "Predikat paling rendah yang memenuhi", Predikat.class,
                        Predikat.SANGAT_BAIK),
                form.requiredDecimal("disiplinThreshold", "Ambang persentase kehadiran", BigDecimal.ZERO, HUNDRED, 2),
                form.requiredInt("instrumentWeight", "Bobot instrumen (%)", 0, 100),
                form.requiredInt("panelWeight", "Bobot panel (%)", 0, 100),
                form.flag("additionalPeriod"),
                eligibility(form),
                timeline(form, nominationClosesAt, zone));
        Object initiator = execution.getVariable(INITIATOR);
        AwardPeriod period = periods.register(definition, initiator != null ? initiator.toString() : "system");

        execution.removeVariables(START_FORM_FIELDS);
        execution.setProcessBusinessKey(period.getCode());
        execution.setVariable(PERIOD_CODE, period.getCode());
        execution.setVariable(NOMINATION_OPENS_AT, Date.from(period.getNominationOpensAt().atZone(zone).toInstant()));
        execution.setVariable(NOMINATION_CLOSES_AT, Date.from(period.getNominationClosesAt().atZone(zone).toInstant()));
    }
}

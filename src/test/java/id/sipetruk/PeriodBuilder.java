package id.sipetruk;

import id.sipetruk.assessment.AssessmentInput;
import id.sipetruk.assessment.AssessmentService;
import id.sipetruk.assessment.BehaviourResult;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.nomination.NominationStatus;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodRepository;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.EligibilityRules;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import id.sipetruk.period.Rubric;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Test data for tests that build a period in the database instead of driving the process: a period (its rubric,
 * quotas, window and status), OPDs, employees, and nominations with their assessment in a given status, each in a
 * line or two. Everything goes through the entities' own transitions (StatusPaths) and AssessmentService, so the
 * data is what the process would have made.
 *
 * <pre>
 * AwardPeriod period = build.period("TVER-" + suffix).title("ASN Berprestasi Uji").at(AwardPeriodStatus.DECREE).save();
 * Nomination siti = build.nominee(period, "TVER-" + suffix + "-01").name(NAME).in(opd).assessed().save();
 * Nomination finalist = build.nominee(period, code).in(opd).finalist(1, "85.00", "76.00").save();
 * </pre>
 */
@Component
public class PeriodBuilder {

    /** The seed's instrument (001_*): e-Kinerja 84, attendance 94 %, innovation 40, as expected; with Team Work 20: 70. */
    public static final AssessmentInput SEED_INSTRUMENT = new AssessmentInput(new BigDecimal("84"), new BigDecimal("94"),
            "Inovasi uji", "Uraian inovasi.", 40, BehaviourResult.AS_EXPECTED);

    private final AwardPeriodRepository periods;
    private final OpdRepository opds;
    private final EmployeeRepository employees;
    private final OpdParticipationRepository participations;
    private final NominationRepository nominations;
    private final AssessmentService assessments;
    private final TestFixtures fixtures;

    public PeriodBuilder(AwardPeriodRepository periods, OpdRepository opds, EmployeeRepository employees,
                         OpdParticipationRepository participations, NominationRepository nominations,
                         AssessmentService assessments, TestFixtures fixtures) {
        this.periods = periods;
        this.opds = opds;
        this.employees = employees;
        this.participations = participations;
        this.nominations = nominations;
        this.assessments = assessments;
        this.fixtures = fixtures;
    }

    /** A period with this code; by default of 2099, window April, quotas 1 per OPD / 3 awardees / 5 finalists. */
    public Period period(String code) {
        return new Period(code);
    }

    /** An OPD of this test (active, as a new OPD is). */
    public Opd opd(String code, String name) {
        return opds.save(new Opd(code, name));
    }

    /** An OPD of this test that no period opened by another test calls (process tests open periods for all active OPDs). */
    public Opd inactiveOpd(String code, String name) {
        Opd opd = new Opd(code, name);
        opd.setActive(false);
        return opds.save(opd);
    }

    /** An employee of the OPD with a valid NIP nobody has yet. */
    public Employee employee(Opd opd, String name) {
        return employees.save(new Employee(fixtures.freeNip(), name, "Analis Kebijakan Ahli Muda",
                "Penata Tingkat I (III/d)", opd));
    }

    /** A nomination with this code in the period; status ASSESSMENT unless told otherwise. */
    public Nominee nominee(AwardPeriod period, String code) {
        return new Nominee(period, code);
    }

    public final class Period {

        private final String code;
        private int year = 2099;
        private String title;
        private int nomineesPerOpd = 1;
        private int awardeeCount = 3;
        private int finalistCount = 5;
        private Rubric rubric = new Rubric();
        private EligibilityRules eligibility = new EligibilityRules();
        private String createdBy = "admin.bkpsdm";
        private AwardPeriodStatus status = AwardPeriodStatus.SCHEDULED;
        private final List<Opd> called = new ArrayList<>();

        private Period(String code) {
            this.code = code;
        }

        /** The award year; the reference month is March and the window April of that year. */
        public Period year(int year) {
            this.year = year;
            return this;
        }

        public Period title(String title) {
            this.title = title;
            return this;
        }

        public Period quotas(int nomineesPerOpd, int awardeeCount, int finalistCount) {
            this.nomineesPerOpd = nomineesPerOpd;
            this.awardeeCount = awardeeCount;
            this.finalistCount = finalistCount;
            return this;
        }

        public Period rubric(Rubric rubric) {
            this.rubric = rubric;
            return this;
        }

        /** Who may be nominated; by default the start form's defaults. */
        public Period eligibility(EligibilityRules eligibility) {
            this.eligibility = eligibility;
            return this;
        }

        public Period createdBy(String createdBy) {
            this.createdBy = createdBy;
            return this;
        }

        /** OPDs called to nominate (their participation awaits a nomination), as the window's opening does. */
        public Period calling(Opd... opds) {
            called.addAll(List.of(opds));
            return this;
        }

        /** The status to walk the period to, along its transitions: up to DECREE. */
        public Period at(AwardPeriodStatus status) {
            this.status = status;
            return this;
        }

        public AwardPeriod save() {
            AwardPeriod period = new AwardPeriod(code, year, title != null ? title : "ASN Berprestasi Uji " + code, 3,
                    year, LocalDateTime.of(year, 4, 1, 8, 0), LocalDateTime.of(year, 4, 30, 16, 0), nomineesPerOpd,
                    awardeeCount, finalistCount, rubric, eligibility, createdBy);
            while (period.getStatus() != status) {
                switch (period.getStatus()) {
                    case SCHEDULED -> period.openNomination();
                    case NOMINATION_OPEN -> period.closeNomination();
                    case NOMINATION_CLOSED -> period.startPanelAssessment();
                    case PANEL_ASSESSMENT -> period.startDecree();
                    default -> throw new IllegalStateException("no path from " + period.getStatus() + " to " + status);
                }
            }
            AwardPeriod saved = periods.save(period);
            called.forEach(opd -> participations.save(new OpdParticipation(saved, opd)));
            return saved;
        }
    }

    public final class Nominee {

        private final AwardPeriod period;
        private final String code;
        private Opd opd;
        private Employee employee;
        private String name = "Pegawai Uji";
        private String position = "Analis Kebijakan Ahli Muda";
        private String grade = "Penata Tingkat I (III/d)";
        private String nominatedBy = "kepala.uji";
        private AssessmentInput instrument;
        private int teamWork;
        private NominationStatus status = NominationStatus.ASSESSMENT;
        private int finalRank;
        private String panelScore;
        private String finalScore;

        private Nominee(AwardPeriod period, String code) {
            this.period = period;
            this.code = code;
        }

        /** Of this OPD (a new employee of it unless {@link #employee} is given). */
        public Nominee in(Opd opd) {
            this.opd = opd;
            return this;
        }

        /** The name of the new employee made for this nomination. */
        public Nominee name(String name) {
            this.name = name;
            return this;
        }

        /** The position and grade of the new employee made for this nomination. */
        public Nominee position(String position, String grade) {
            this.position = position;
            this.grade = grade;
            return this;
        }

        public Nominee employee(Employee employee) {
            this.employee = employee;
            this.opd = employee.getOpd();
            return this;
        }

        public Nominee nominatedBy(String head) {
            this.nominatedBy = head;
            return this;
        }

        /** The seed's instrument filled by "admin.uji" and signed off with Team Work 20 by "kepala.uji" (total 70). */
        public Nominee assessed() {
            return assessed(SEED_INSTRUMENT, 20);
        }

        public Nominee assessed(AssessmentInput instrument, int teamWork) {
            this.instrument = instrument;
            this.teamWork = teamWork;
            if (status == NominationStatus.ASSESSMENT) {
                status = NominationStatus.VERIFICATION;
            }
            return this;
        }

        /** The status to walk the nomination to, along its transitions (after its assessment, if any). */
        public Nominee status(NominationStatus status) {
            this.status = status;
            return this;
        }

        /** A finalist with its final score and rank, as after the panel's aggregation. */
        public Nominee finalist(int rank, String panelScore, String finalScore) {
            this.status = NominationStatus.FINALIST;
            this.finalRank = rank;
            this.panelScore = panelScore;
            this.finalScore = finalScore;
            return this;
        }

        public Nomination save() {
            if (opd == null) {
                throw new IllegalStateException("nominee " + code + ": in(opd) or employee(...) first");
            }
            Employee nominee = employee != null ? employee
                    : employees.save(new Employee(fixtures.freeNip(), name, position, grade, opd));
            OpdParticipation participation = participations.findByPeriodIdAndOpdCode(period.getId(), opd.getCode())
                    .orElseGet(() -> new OpdParticipation(period, opd));
            if (participation.getStatus() == OpdParticipation.Status.AWAITING_NOMINATION) {
                participation.nominated(nominatedBy);
                participations.save(participation);
            }
            Nomination nomination = nominations.save(new Nomination(code, period, opd, nominee, nominatedBy));
            if (instrument != null) {
                assessments.fill(nomination.getId(), instrument, "admin.uji");
                assessments.signOff(nomination.getId(), teamWork, "kepala.uji");
                nomination = nominations.findById(nomination.getId()).orElseThrow();
            }
            if (panelScore != null) {
                StatusPaths.finalist(nomination, finalRank, panelScore, finalScore);
            } else {
                StatusPaths.walk(nomination, status);
            }
            return nominations.save(nomination);
        }
    }
}

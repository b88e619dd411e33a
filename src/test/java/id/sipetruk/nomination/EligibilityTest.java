package id.sipetruk.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.WebAs;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.DisciplineImport;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.EmploymentType;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.EligibilityRule;
import id.sipetruk.period.EligibilityRules;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;

/**
 * A period's eligibility rules (docs/process.md, "Eligibility") checked against the real database: each rule met, not
 * met and without data, with its source; the nominate form's candidates; the refusal that names the rule; the rules
 * on the period page. Periods of 2099 (window from 1 April 2099), so that the years counted do not depend on today.
 */
@SpringBootTest
class EligibilityTest {

    private static final LocalDate REFERENCE = LocalDate.of(2099, 4, 1);

    @Autowired EligibilityCheck check;
    @Autowired NominationService nominations;
    @Autowired NominationRepository nominationRows;
    @Autowired PeriodBuilder build;
    @Autowired EmployeeRepository employees;
    @Autowired DisciplineImport disciplineImport;
    @Autowired ImportRunner runner;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired WebApplicationContext context;

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private int periods;
    private Opd opd;
    /** In service since 2097 (SIASN): 2 years 3 months at the reference date. */
    private Employee recent;
    /** In service since his NIP's month, before 2021. */
    private Employee senior;
    /** A PPPK whose TMT was never imported: his number holds the year only. */
    private Employee pppk;

    @BeforeEach
    void anOpdWithThreeEmployees() {
        opd = build.inactiveOpd("tel" + suffix, "Dinas Uji Syarat " + suffix);
        recent = build.employee(opd, "Pegawai Baru");
        recent.enteredService(LocalDate.of(2097, 1, 1));
        recent = employees.save(recent);
        senior = build.employee(opd, "Pegawai Senior");
        pppk = employees.save(new Employee(pppkNip(), "Pegawai PPPK", "Guru Ahli Pertama", "IX", opd));
    }

    private AwardPeriod period(EligibilityRules rules) {
        return build.period("TEL-" + suffix + "-" + ++periods).eligibility(rules)
                .quotas(3, 1, 1).calling(opd).at(AwardPeriodStatus.NOMINATION_OPEN).save();
    }

    private static EligibilityRules rules(int minService, int penaltyYears, int awardYears, EmploymentType... types) {
        return new EligibilityRules(EnumSet.copyOf(List.of(types)), minService, penaltyYears, awardYears);
    }

    private RuleResult result(AwardPeriod period, Employee employee, EligibilityRule rule) {
        return check.of(period, employee).stream().filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }

    @Test
    void employmentType_metOrNot_fromTheNip() {
        AwardPeriod pnsOnly = period(rules(0, 0, 0, EmploymentType.PNS));
        assertThat(check.of(pnsOnly, senior)).as("rules of 0 years are not applied").extracting(RuleResult::rule)
                .containsExactly(EligibilityRule.EMPLOYMENT_TYPE);
        assertThat(result(pnsOnly, senior, EligibilityRule.EMPLOYMENT_TYPE))
                .extracting(RuleResult::outcome, RuleResult::requirement, RuleResult::finding, RuleResult::source)
                .containsExactly(RuleOutcome.MET, "jenis pegawai PNS", "tercatat PNS", "NIP");
        assertThat(result(pnsOnly, pppk, EligibilityRule.EMPLOYMENT_TYPE).outcome()).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(nominations.candidates(pnsOnly.getId(), opd.getCode())).extracting(Employee::getNip)
                .containsExactlyInAnyOrder(recent.getNip(), senior.getNip());
    }

    @Test
    void minimumService_metNotMetOrNoData_withItsSource() {
        AwardPeriod period = period(rules(4, 0, 0, EmploymentType.PNS, EmploymentType.PPPK));
        assertThat(result(period, recent, EligibilityRule.MIN_SERVICE))
                .extracting(RuleResult::outcome, RuleResult::requirement, RuleResult::finding, RuleResult::source)
                .containsExactly(RuleOutcome.NOT_MET, "masa kerja minimal 4 tahun", "tercatat 2 tahun 3 bulan",
                        "SIASN TMT CPNS");
        assertThat(result(period, senior, EligibilityRule.MIN_SERVICE))
                .extracting(RuleResult::outcome, RuleResult::source).containsExactly(RuleOutcome.MET, "NIP");
        assertThat(result(period, pppk, EligibilityRule.MIN_SERVICE).outcome()).isEqualTo(RuleOutcome.NO_DATA);

        assertThat(nominations.candidates(period.getId(), opd.getCode())).as("no data does not block")
                .extracting(Employee::getNip).containsExactlyInAnyOrder(senior.getNip(), pppk.getNip());
        assertThatThrownBy(() -> nominations.nominate(period.getId(), opd.getCode(), List.of(recent.getNip()),
                "kepala.uji"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).status()).isEqualTo(400))
                .hasMessage(Messages.get("eligibility.refused", recent.formattedNip(), "masa kerja minimal 4 tahun",
                        "tercatat 2 tahun 3 bulan", "SIASN TMT CPNS"))
                .hasMessageContaining("tidak memenuhi syarat: masa kerja minimal 4 tahun (tercatat 2 tahun 3 bulan, "
                        + "sumber SIASN TMT CPNS)");
        assertThat(nominationRows.findByPeriodIdOrderById(period.getId())).as("nothing stored").isEmpty();
        assertThat(nominations.nominate(period.getId(), opd.getCode(), List.of(pppk.getNip()), "kepala.uji"))
                .as("a rule without data does not block").hasSize(1);
    }

    @Test
    void aSedangOrBeratPenalty_withinTheYears_isNotMet_aRinganOrAnOlderOneIs() {
        String csv = "NIP,JENIS HUKUMAN,TINGKAT,TMT HUKUMAN,AKHIR HUKUMAN,NOMOR SK\n"
                + recent.getNip() + ",Pemotongan tunjangan kinerja 25% selama 6 bulan,S,01-06-2097,30-11-2097,"
                + "800/5/" + suffix + "\n"
                + senior.getNip() + ",Penurunan jabatan setingkat lebih rendah selama 12 bulan,B,01-01-2090,31-12-2090,\n"
                + senior.getNip() + ",Teguran tertulis,R,01-02-2099,,\n";
        assertThat(runner.commit(disciplineImport, csv.getBytes(StandardCharsets.UTF_8), true, "bkpsdm.test").baru())
                .isEqualTo(3);
        String today = IndonesianDates.date(LocalDate.now(clock));
        AwardPeriod period = period(rules(0, 3, 0, EmploymentType.PNS, EmploymentType.PPPK));

        assertThat(result(period, recent, EligibilityRule.NO_RECENT_PENALTY))
                .extracting(RuleResult::outcome, RuleResult::requirement, RuleResult::finding, RuleResult::source)
                .containsExactly(RuleOutcome.NOT_MET,
                        "tidak menjalani hukuman disiplin tingkat sedang atau berat dalam 3 tahun terakhir",
                        "hukuman disiplin sedang \"Pemotongan tunjangan kinerja 25% selama 6 bulan\" TMT 1 Juni 2097",
                        "impor disiplin " + today + ", SK 800/5/" + suffix);
        assertThat(result(period, senior, EligibilityRule.NO_RECENT_PENALTY))
                .as("a berat penalty of 2090 and a ringan one now").extracting(RuleResult::outcome, RuleResult::source)
                .containsExactly(RuleOutcome.MET, "impor disiplin " + today);
        assertThat(result(period, pppk, EligibilityRule.NO_RECENT_PENALTY).outcome())
                .as("not named in a discipline import: no penalty as of that day").isEqualTo(RuleOutcome.MET);
        assertThat(nominations.candidates(period.getId(), opd.getCode())).extracting(Employee::getNip)
                .containsExactlyInAnyOrder(senior.getNip(), pppk.getNip());

        AwardPeriod longer = period(rules(0, 10, 0, EmploymentType.PNS));
        assertThat(result(longer, senior, EligibilityRule.NO_RECENT_PENALTY).outcome())
                .as("the berat penalty of 2090 is within 10 years").isEqualTo(RuleOutcome.NOT_MET);
    }

    @Test
    @Transactional
    void beforeAnyDisciplineImport_thePenaltyRuleHasNoData_andDoesNotBlock() {
        jdbc.update("delete from discipline_import"); // rolled back with the test
        AwardPeriod period = period(rules(0, 3, 0, EmploymentType.PNS, EmploymentType.PPPK));
        assertThat(result(period, senior, EligibilityRule.NO_RECENT_PENALTY))
                .extracting(RuleResult::outcome, RuleResult::finding, RuleResult::source)
                .containsExactly(RuleOutcome.NO_DATA, "data hukuman disiplin belum ada", "belum ada impor disiplin");
        assertThat(nominations.candidates(period.getId(), opd.getCode())).hasSize(3);
    }

    @Test
    void anAwardeeOfAnotherPeriod_withinTheYears_isNotMet_namingTheDecree() {
        AwardPeriod earlier = build.period("TELA-" + suffix).year(2098).at(AwardPeriodStatus.DECREE).save();
        awarded(earlier, senior, "800/12/" + suffix, LocalDateTime.of(2098, 5, 1, 10, 0));
        AwardPeriod older = build.period("TELO-" + suffix).year(2095).at(AwardPeriodStatus.DECREE).save();
        awarded(older, recent, null, LocalDateTime.of(2095, 5, 1, 10, 0));
        AwardPeriod period = period(rules(0, 0, 2, EmploymentType.PNS, EmploymentType.PPPK));

        assertThat(result(period, senior, EligibilityRule.NO_RECENT_AWARD))
                .extracting(RuleResult::outcome, RuleResult::requirement, RuleResult::finding, RuleResult::source)
                .containsExactly(RuleOutcome.NOT_MET, "belum menerima penghargaan ASN Berprestasi dalam 2 tahun terakhir",
                        "penerima penghargaan periode TELA-" + suffix + ", ditetapkan 1 Mei 2098",
                        "SK Bupati 800/12/" + suffix);
        assertThat(result(period, recent, EligibilityRule.NO_RECENT_AWARD).outcome()).as("awarded in 2095")
                .isEqualTo(RuleOutcome.MET);
        assertThat(result(period(rules(0, 0, 5, EmploymentType.PNS)), recent, EligibilityRule.NO_RECENT_AWARD))
                .as("within 5 years; the decree has no number yet").extracting(RuleResult::outcome, RuleResult::source)
                .containsExactly(RuleOutcome.NOT_MET, "Keputusan Bupati periode TELO-" + suffix + " (belum bernomor)");
        assertThat(nominations.candidates(period.getId(), opd.getCode())).extracting(Employee::getNip)
                .containsExactlyInAnyOrder(recent.getNip(), pppk.getNip());
        assertThatThrownBy(() -> nominations.nominate(period.getId(), opd.getCode(), List.of(senior.getNip()),
                "kepala.uji")).hasMessageContaining("belum menerima penghargaan ASN Berprestasi dalam 2 tahun terakhir")
                .hasMessageContaining("sumber SK Bupati 800/12/" + suffix);
        assertThat(nominationRows.findByPeriodIdOrderById(period.getId())).isEmpty();
    }

    @Test
    void thePeriodPage_showsTheRules_asSetForThePeriod() throws Exception {
        AwardPeriod period = period(rules(5, 3, 0, EmploymentType.PNS));
        String page = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN)
                .perform(get("/periode/" + period.getCode())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Syarat calon", "Jenis pegawai PNS", "Masa kerja minimal 5 tahun",
                "Tidak menjalani hukuman disiplin tingkat sedang atau berat dalam 3 tahun terakhir",
                "Belum menerima penghargaan: tidak diterapkan");
    }

    /** The employee is named in the approved decree of that period, as the decree stage stores it. */
    private void awarded(AwardPeriod period, Employee employee, String number, LocalDateTime decidedAt) {
        Nomination nomination = build.nominee(period, period.getCode() + "-1").employee(employee).save();
        jdbc.update("""
                insert into decree (period_id, version, status, decree_number, proposed_by, proposed_at, decided_by,
                                    decided_at, approved_period_id, row_version)
                values (?, 1, 'APPROVED', ?, 'bkpsdm.test', ?, 'bupati.test', ?, ?, 0)""",
                period.getId(), number, Timestamp.valueOf(decidedAt.minusDays(3)), Timestamp.valueOf(decidedAt),
                period.getId());
        Long decree = jdbc.queryForObject("select id from decree where period_id = ?", Long.class, period.getId());
        jdbc.update("insert into decree_awardee (decree_id, nomination_id, rank_order, award_title) values (?, ?, 1, ?)",
                decree, nomination.getId(), "ASN Berprestasi");
    }

    private String pppkNip() {
        while (true) {
            String nip = "1993%02d%02d202221%d%03d".formatted(ThreadLocalRandom.current().nextInt(1, 13),
                    ThreadLocalRandom.current().nextInt(1, 29), ThreadLocalRandom.current().nextInt(1, 3),
                    ThreadLocalRandom.current().nextInt(1, 1000));
            if (employees.findByNip(nip).isEmpty()) {
                return nip;
            }
        }
    }
}

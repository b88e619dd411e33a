package id.sipetruk.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.EmploymentType;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import id.sipetruk.period.OpdParticipation;
import id.sipetruk.period.OpdParticipationRepository;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stage 2, the nomination (docs/process.md "Status changes"): what NominationService.nominate checks whatever the
 * form or the timer jobs did — the window is open, the OPD was called, the quota, the OPD's own and active
 * employees, no NIP twice — against the real database. Every refusal stores nothing.
 */
@SpringBootTest
class NominationRulesTest {

    @Autowired NominationService service;
    @Autowired NominationRepository nominations;
    @Autowired OpdParticipationRepository participations;
    @Autowired PeriodBuilder build;
    @Autowired JdbcTemplate jdbc;
    @Autowired EmployeeRepository employees;
    @Autowired TransactionTemplate transactions;

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private Opd opd;
    private Opd otherOpd;
    private Employee first;
    private Employee second;

    @BeforeEach
    void anOpdWithTwoEmployees() {
        opd = build.inactiveOpd("tnom" + suffix, "Dinas Uji Nominasi " + suffix);
        otherOpd = build.inactiveOpd("tnox" + suffix, "Dinas Uji Lain " + suffix);
        first = build.employee(opd, "Pegawai Pertama");
        second = build.employee(opd, "Pegawai Kedua");
    }

    /** A period whose window is open now (it closes in April 2099), calling the test's OPD. */
    private AwardPeriod openPeriod(int nomineesPerOpd) {
        return build.period("TNOM-" + suffix).quotas(nomineesPerOpd, 1, 1).calling(opd)
                .at(AwardPeriodStatus.NOMINATION_OPEN).save();
    }

    private void assertRefused(AwardPeriod period, List<String> nips, int status, String messageKey, Object... args) {
        assertThatThrownBy(() -> service.nominate(period.getId(), opd.getCode(), nips, "kepala.uji"))
                .isInstanceOf(ValidationException.class).hasMessage(Messages.get(messageKey, args))
                .satisfies(e -> assertThat(((ValidationException) e).status()).isEqualTo(status));
        assertThat(nominations.findByPeriodIdOrderById(period.getId())).as("nothing stored").hasSizeLessThanOrEqualTo(1)
                .allMatch(n -> n.getEmployee().getId().equals(first.getId()));
    }

    @Test
    void aNomination_isStoredInAssessment_withItsCode_andTheOpdIsRecordedAsNominating() {
        AwardPeriod period = openPeriod(2);
        List<Nomination> made = service.nominate(period.getId(), opd.getCode(),
                List.of(first.formattedNip(), second.getNip()), "kepala.uji");
        assertThat(made).extracting(Nomination::getCode, Nomination::getStatus, Nomination::getNominatedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(period.getCode() + "-" + opd.getCode().toUpperCase() + "-1",
                                NominationStatus.ASSESSMENT, "kepala.uji"),
                        org.assertj.core.groups.Tuple.tuple(period.getCode() + "-" + opd.getCode().toUpperCase() + "-2",
                                NominationStatus.ASSESSMENT, "kepala.uji"));
        OpdParticipation participation = participations.findByPeriodIdAndOpdCode(period.getId(), opd.getCode())
                .orElseThrow();
        assertThat(participation.getStatus()).isEqualTo(OpdParticipation.Status.NOMINATED);
        assertThat(participation.getRespondedBy()).isEqualTo("kepala.uji");
    }

    @Test
    void moreNomineesThanTheQuota_isRefused_countingEarlierNominations() {
        AwardPeriod period = openPeriod(1);
        assertRefused(period, List.of(first.getNip(), second.getNip()), 400, "nomination.quota", 1, 2);
        service.nominate(period.getId(), opd.getCode(), List.of(first.getNip()), "kepala.uji");
        assertRefused(period, List.of(second.getNip()), 400, "nomination.quotaWithEarlier", 1, 1L, 1);
    }

    @Test
    void anEmployeeOfAnotherOpd_isRefused() {
        AwardPeriod period = openPeriod(2);
        Employee stranger = build.employee(otherOpd, "Pegawai Lain");
        assertRefused(period, List.of(stranger.getNip()), 400, "nomination.otherOpd", stranger.formattedNip(),
                opd.getName());
    }

    @Test
    void aCpnsOrAnEmployeeOutOfActiveService_isNotOffered_andRefused_whileAPppkIsNominated() {
        AwardPeriod period = openPeriod(2);
        first.employment(EmploymentType.CPNS, Employee.IN_SERVICE, "Aktif");
        second.employment(EmploymentType.PNS, "99", "Pensiun");
        employees.saveAll(List.of(first, second));
        Employee pppk = employees.save(new Employee(pppkNip(), "Pegawai PPPK", "Guru Ahli Pertama", "IX", opd));
        assertThat(pppk.getEmploymentType()).isEqualTo(EmploymentType.PPPK);

        assertThat(service.candidates(period.getId(), opd.getCode())).as("offered on the nominate form")
                .extracting(Employee::getNip).containsExactly(pppk.getNip());
        assertThatThrownBy(() -> service.nominate(period.getId(), opd.getCode(), List.of(first.getNip()), "kepala.uji"))
                .hasMessage(Messages.get("nomination.candidateEmployee", first.formattedNip()));
        assertThatThrownBy(() -> service.nominate(period.getId(), opd.getCode(), List.of(second.getNip()), "kepala.uji"))
                .hasMessage(Messages.get("nomination.notInService", second.formattedNip(), "Pensiun"))
                .hasMessageContaining("kedudukan hukum: Pensiun");
        assertThat(nominations.findByPeriodIdOrderById(period.getId())).isEmpty();

        List<Nomination> made = service.nominate(period.getId(), opd.getCode(), List.of(pppk.getNip()), "kepala.uji");
        assertThat(made).singleElement().satisfies(n -> assertThat(n.getEmployee().getId()).isEqualTo(pppk.getId()));
    }

    /** A PPPK number nobody holds: born 1990, appointed 2023, {@code 21} where a PNS has the month. */
    private String pppkNip() {
        while (true) {
            String nip = "199%d%02d%02d202321%d%03d".formatted(ThreadLocalRandom.current().nextInt(0, 10),
                    ThreadLocalRandom.current().nextInt(1, 13), ThreadLocalRandom.current().nextInt(1, 29),
                    ThreadLocalRandom.current().nextInt(1, 3), ThreadLocalRandom.current().nextInt(1, 1000));
            if (employees.findByNip(nip).isEmpty()) {
                return nip;
            }
        }
    }

    @Test
    void anInactiveEmployee_isRefused() {
        AwardPeriod period = openPeriod(2);
        jdbc.update("update employee set active = false where id = ?", second.getId());
        assertRefused(period, List.of(second.getNip()), 400, "nomination.inactiveEmployee", second.formattedNip());
    }

    @Test
    void theSameNipTwice_inOneSubmissionOrAgainLater_isRefused() {
        AwardPeriod period = openPeriod(2);
        assertRefused(period, List.of(first.getNip(), first.formattedNip()), 400, "nomination.sameNipTwice",
                first.formattedNip());
        service.nominate(period.getId(), opd.getCode(), List.of(first.getNip()), "kepala.uji");
        assertThatThrownBy(() -> service.nominate(period.getId(), opd.getCode(), List.of(first.getNip()), "kepala.uji"))
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("nomination.duplicate", first.formattedNip()));
        assertThat(nominations.findByPeriodIdOrderById(period.getId())).hasSize(1);
    }

    @Test
    void theSameNominationSentTwiceAtOnce_theSecondWaitsForTheFirst_andIsRefusedAsADuplicate() throws Exception {
        AwardPeriod period = openPeriod(2);
        CountDownLatch nominated = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            CompletableFuture<Void> firstSubmit = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(
                    status -> {
                        service.nominate(period.getId(), opd.getCode(), List.of(first.getNip()), "kepala.uji");
                        nominated.countDown();
                        try {
                            release.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertThat(nominated.await(20, TimeUnit.SECONDS)).as("the first submit nominated").isTrue();
            CompletableFuture<List<Nomination>> secondSubmit = CompletableFuture.supplyAsync(
                    () -> service.nominate(period.getId(), opd.getCode(), List.of(first.getNip()), "kepala.uji"));
            assertThatThrownBy(() -> secondSubmit.get(2, TimeUnit.SECONDS)).as("the second waits for the first")
                    .isInstanceOf(TimeoutException.class);

            release.countDown();
            firstSubmit.get(20, TimeUnit.SECONDS);
            assertThatThrownBy(() -> secondSubmit.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ValidationException.class)
                    .hasMessage(Messages.get("nomination.duplicate", first.formattedNip()));
        } finally {
            release.countDown();
        }
        assertThat(nominations.findByPeriodIdOrderById(period.getId())).hasSize(1);
    }

    @Test
    void aNominationOutsideTheOpenWindow_isRefusedWith409() {
        AwardPeriod scheduled = build.period("TNOS-" + suffix).calling(opd).save();
        assertRefused(scheduled, List.of(first.getNip()), 409, "nomination.windowClosed",
                IndonesianDates.dateTime(scheduled.getNominationClosesAt()));
        // open on the record, but its closing time has passed (the closing timer has not run yet)
        AwardPeriod overdue = build.period("TNOD-" + suffix).year(2024).calling(opd)
                .at(AwardPeriodStatus.NOMINATION_OPEN).save();
        assertRefused(overdue, List.of(first.getNip()), 409, "nomination.windowClosed",
                IndonesianDates.dateTime(overdue.getNominationClosesAt()));
        AwardPeriod closed = build.period("TNOC-" + suffix).calling(opd).at(AwardPeriodStatus.NOMINATION_CLOSED).save();
        // closed on the record before its closing time: BKPSDM closed early (issue 14: whatever the engine's tasks)
        assertRefused(closed, List.of(first.getNip()), 409, "nomination.windowClosedEarly");
    }

    @Test
    void anOpdThatWasNotCalled_isRefusedWith403() {
        AwardPeriod period = build.period("TNON-" + suffix).at(AwardPeriodStatus.NOMINATION_OPEN).save();
        assertRefused(period, List.of(first.getNip()), 403, "nomination.opdNotCalled", opd.getName());
    }
}

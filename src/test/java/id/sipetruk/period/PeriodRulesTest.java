package id.sipetruk.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.Predikat;
import java.math.BigDecimal;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.process.FormValues;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Stage 1, the period (docs/process.md "The period's rules", "Status changes"): what AwardPeriodService.register
 * refuses, the nomination window, and the period's status transitions; against the real database.
 */
@SpringBootTest
class PeriodRulesTest {

    @Autowired AwardPeriodService service;
    @Autowired AwardPeriodRepository periods;
    @Autowired OpdRepository opds;
    @Autowired PeriodBuilder build;
    @Autowired TestFixtures fixtures;

    /** A year no period of any test has: register's one-period-a-year rule then only sees this test's periods. */
    private int year;
    private final LocalDateTime opens = LocalDateTime.now().plusDays(1);

    @BeforeEach
    void freeYear() {
        fixtures.ensureRegency();
        year = IntStream.rangeClosed(2030, 2090).filter(y -> periods.countByYear(y) == 0).findFirst()
                .orElseThrow(() -> new IllegalStateException("every year 2030-2090 has a period"));
    }

    /** The start form with valid values, changed by the test. */
    private final class Form {
        int year = PeriodRulesTest.this.year;
        LocalDateTime opensAt = opens;
        LocalDateTime closesAt = opens.plusDays(14);
        int nomineesPerOpd = 1;
        int awardees = 1;
        int finalists = 2;
        String kinerjaThreshold = "85";
        int instrumentWeight = 60;
        int panelWeight = 40;
        boolean additional;
        /** Deadlines BKPSDM entered; the others take the start form's defaults. */
        final Map<PeriodStage, LocalDateTime> deadlines = new EnumMap<>(PeriodStage.class);

        AwardPeriod register() {
            return service.register(new PeriodDefinition(year, "Uji aturan periode " + year, 10, year, opensAt,
                    closesAt, nomineesPerOpd, awardees, finalists, new BigDecimal(kinerjaThreshold), KinerjaMeasure.VALUE,
                    Predikat.SANGAT_BAIK, new BigDecimal("95"), instrumentWeight, panelWeight, additional,
                    new EligibilityRules(), new PeriodTimeline(closesAt, deadlines)), "bkpsdm.test");
        }
    }

    private void assertRefused(Form form, String messageKey, Object... args) {
        long before = periods.count();
        assertThatThrownBy(form::register).isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get(messageKey, args));
        assertThat(periods.count()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void aValidPeriod_isRegisteredScheduled_withTheYearsFirstCode_andItsRubric() {
        Form form = new Form();
        form.kinerjaThreshold = "80.5";
        AwardPeriod period = form.register();
        assertThat(period.getCode()).isEqualTo("PRD-%d-01".formatted(year));
        assertThat(period.getStatus()).isEqualTo(AwardPeriodStatus.SCHEDULED);
        assertThat(period.getCreatedBy()).isEqualTo("bkpsdm.test");
        assertThat(period.getRubric().getKinerjaThreshold()).isEqualByComparingTo("80.5");
        assertThat(period.getRubric().getInstrumentWeight()).isEqualTo(60);
    }

    @Test
    void theStartFormsTimeline_defaultsToWeeksAfterTheWindowCloses_andKeepsWhatBkpsdmEnters() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("verificationDueAt", "2031-05-20T15:30");
        fields.put("panelDueAt", "");
        PeriodTimeline entered = RegisterPeriodDelegate.timeline(new FormValues(fields::get),
                LocalDateTime.of(2031, 5, 1, 16, 0), ZoneId.of("Asia/Makassar"));
        assertThat(entered.asMap()).containsExactly(
                Map.entry(PeriodStage.ASSESSMENT, LocalDateTime.of(2031, 5, 8, 16, 0)),
                Map.entry(PeriodStage.VERIFICATION, LocalDateTime.of(2031, 5, 20, 15, 30)),
                Map.entry(PeriodStage.PANEL, LocalDateTime.of(2031, 5, 22, 16, 0)),
                Map.entry(PeriodStage.PROPOSAL, LocalDateTime.of(2031, 5, 29, 16, 0)),
                Map.entry(PeriodStage.DECREE, LocalDateTime.of(2031, 6, 5, 16, 0)));

        AwardPeriod period = new Form().register();
        AwardPeriod stored = periods.findById(period.getId()).orElseThrow();
        LocalDateTime closes = stored.getNominationClosesAt();
        assertThat(stored.deadline(PeriodStage.NOMINATION)).isEqualTo(closes);
        assertThat(stored.deadline(PeriodStage.ASSESSMENT)).isEqualTo(closes.plusDays(7));
        assertThat(stored.deadline(PeriodStage.VERIFICATION)).isEqualTo(closes.plusDays(14));
        assertThat(stored.deadline(PeriodStage.PANEL)).isEqualTo(closes.plusDays(21));
        assertThat(stored.deadline(PeriodStage.PROPOSAL)).isEqualTo(closes.plusDays(28));
        assertThat(stored.deadline(PeriodStage.DECREE)).isEqualTo(closes.plusDays(35));
    }

    @Test
    void aTimelineOutOfOrder_isRefused_namingBothStages() {
        Form verificationFirst = new Form();
        LocalDateTime assessment = verificationFirst.closesAt.plusDays(10);
        verificationFirst.deadlines.put(PeriodStage.ASSESSMENT, assessment);
        verificationFirst.deadlines.put(PeriodStage.VERIFICATION, assessment.minusDays(1));
        assertRefused(verificationFirst, "timeline.order", "verifikasi BKPSDM",
                IndonesianDates.dateTime(assessment.minusDays(1)), "penilaian dan persetujuan OPD",
                IndonesianDates.dateTime(assessment));
        assertThat(Messages.get("timeline.order", "verifikasi BKPSDM", "x", "penilaian dan persetujuan OPD", "y"))
                .contains("tahap verifikasi BKPSDM").contains("tahap penilaian dan persetujuan OPD");

        Form beforeTheWindowCloses = new Form();
        beforeTheWindowCloses.deadlines.put(PeriodStage.ASSESSMENT, beforeTheWindowCloses.closesAt);
        assertRefused(beforeTheWindowCloses, "timeline.order", "penilaian dan persetujuan OPD",
                IndonesianDates.dateTime(beforeTheWindowCloses.closesAt), "nominasi",
                IndonesianDates.dateTime(beforeTheWindowCloses.closesAt));
    }

    @Test
    void aWindowThatClosesBeforeItOpens_isRefused() {
        Form form = new Form();
        form.closesAt = form.opensAt;
        assertRefused(form, "period.window");
    }

    @Test
    void aWindowThatClosedAlready_isRefused() {
        Form form = new Form();
        form.opensAt = LocalDateTime.now().minusDays(10);
        form.closesAt = LocalDateTime.now().minusMinutes(1);
        assertRefused(form, "period.closesInPast");
    }

    @Test
    void fewerFinalistsThanAwardees_isRefused() {
        Form form = new Form();
        form.awardees = 3;
        form.finalists = 2;
        assertRefused(form, "period.finalists", 2, 3);
    }

    @Test
    void moreFinalistsThanTheActiveOpdsCouldNominate_isRefused() {
        long active = opds.findByActiveTrueOrderByName().size();
        Form form = new Form();
        form.nomineesPerOpd = 2;
        form.finalists = (int) (active * 2 + 1);
        assertRefused(form, "period.finalistsExceedNominees", form.finalists, active, 2, active * 2);
        form.finalists = (int) (active * 2);
        assertThat(form.register().getFinalistCount()).as("exactly as many as could be nominated").isEqualTo(active * 2);
    }

    @Test
    void aSecondPeriodInAYear_isRefused_unlessBkpsdmMarksItAdditional() {
        new Form().register();
        assertRefused(new Form(), "period.secondInYear", year, 1L);
        Form additional = new Form();
        additional.additional = true;
        assertThat(additional.register().getCode()).isEqualTo("PRD-%d-02".formatted(year));
    }

    @Test
    void weightsThatDoNotAddUpTo100_aThresholdAbove100_andAYearOutside2020To2100_areRefused() {
        Form weights = new Form();
        weights.panelWeight = 50;
        assertRefused(weights, "period.weights", 60, 50);
        Form threshold = new Form();
        threshold.kinerjaThreshold = "100.01";
        assertRefused(threshold, "period.kinerjaThreshold");
        Form tooLate = new Form();
        tooLate.year = 2101;
        assertRefused(tooLate, "period.year");
    }

    @Test
    void theWindowAcceptsNominations_onlyWhileOpen_andBeforeItsClosingTime() {
        AwardPeriod period = build.period("TPER-" + System.nanoTime()).year(2099).save();
        LocalDateTime inWindow = LocalDateTime.of(2099, 4, 15, 10, 0);
        assertThat(period.acceptsNominationsAt(inWindow)).as("scheduled").isFalse();
        period.openNomination();
        assertThat(period.acceptsNominationsAt(inWindow)).isTrue();
        assertThat(period.acceptsNominationsAt(period.getNominationClosesAt()))
                .as("at the closing time, whatever the timer job did").isFalse();
        period.closeNomination();
        assertThat(period.acceptsNominationsAt(inWindow)).as("closed early").isFalse();
    }

    @Test
    void aPeriodMovesOnlyAlongItsTransitions_aJumpIsRefusedWith409() {
        AwardPeriod period = build.period("TPER-" + System.nanoTime()).year(2099).save();
        assertThatThrownBy(period::startDecree).isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("period.wrongStatus", period.getCode(), AwardPeriodStatus.SCHEDULED.label(),
                        AwardPeriodStatus.DECREE.label()))
                .satisfies(e -> assertThat(((ValidationException) e).status()).isEqualTo(409));
        assertThatThrownBy(() -> period.closeWithoutAward("uji")).isInstanceOf(ValidationException.class);
        period.openNomination();
        period.closeNomination();
        period.closeNomination();
        assertThat(period.getStatus()).as("closing a closed window changes nothing")
                .isEqualTo(AwardPeriodStatus.NOMINATION_CLOSED);
        assertThatThrownBy(period::openNomination).as("a closed window does not open again")
                .isInstanceOf(ValidationException.class);
        period.closeWithoutAward("tidak ada yang memenuhi syarat");
        assertThat(period.getStatus()).isEqualTo(AwardPeriodStatus.CLOSED_WITHOUT_AWARD);
        assertThat(period.getClosingNote()).isEqualTo("tidak ada yang memenuhi syarat");
    }
}

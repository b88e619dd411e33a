package id.sipetruk.assessment;

import static id.sipetruk.TestFixtures.ALPHA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.audit.AuditEntry;
import id.sipetruk.audit.PeriodAuditTrail;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.ValidationException;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.organization.PerformanceImport;
import id.sipetruk.organization.Predikat;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The instrument is filled from the kinerja import: the OPD admin finds the reference month's values (a value or a
 * predikat, as the period scores it) with their source, and changing one needs a reason the audit trail keeps.
 */
@SpringBootTest
class ImportedInstrumentTest {

    @Autowired TestFixtures fixtures;
    @Autowired PeriodBuilder build;
    @Autowired OpdRepository opds;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired PerformanceImport performance;
    @Autowired ImportRunner runner;
    @Autowired AssessmentRepository assessments;
    @Autowired AssessmentOverrideRepository overrides;
    @Autowired PeriodAuditTrail audit;
    @Autowired TaskService tasks;

    private Employee employee(String name) {
        fixtures.ensureRegency();
        return build.employee(opds.findByCode(ALPHA).orElseThrow(), name);
    }

    private void importPerformance(String csv) {
        assertThat(runner.commit(performance, csv.getBytes(StandardCharsets.UTF_8), true, "bkpsdm.test").kesalahan())
                .isEmpty();
    }

    @Test
    void theImportedValueIsThere_andChangingItNeedsAReason_whichTheAuditTrailKeeps() {
        Employee dewi = employee("Dewi Instrumen");
        importPerformance("NIP,BULAN,TAHUN,NILAI KINERJA,PERSEN HADIR\n" + dewi.getNip() + ",7,2030,\"87,5\",96\n");
        ProcessInstance period = lifecycle.openPeriod(Map.of("referenceMonth", "7", "referenceYear", 2030));
        Nomination nomination = lifecycle.nominate(period, ALPHA, dewi.getNip());
        Task fill = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));

        assertThat(((Number) driver.taskVariable(fill, "eKinerjaValue")).doubleValue()).isEqualTo(87.5);
        assertThat(((Number) driver.taskVariable(fill, "attendancePercent")).doubleValue()).isEqualTo(96.0);
        assertThat(driver.taskVariable(fill, "kinerjaMeasure")).isEqualTo("VALUE");
        assertThat(driver.taskVariable(fill, "importedData").toString().replace("\\", "")).contains("Juli 2030",
                "nilai e-Kinerja 87,5 (impor kinerja ", "kehadiran 96% (impor kinerja ");

        Map<String, Object> changed = AwardLifecycle.assessment(80, 96, 40, "AS_EXPECTED");
        assertThatThrownBy(() -> driver.submit(fill, AwardLifecycle.admin(ALPHA), changed))
                .hasRootCauseInstanceOf(ValidationException.class)
                .hasMessageContaining("Nilai e-Kinerja 87,5 (impor kinerja ").hasMessageContaining("Alasan");
        assertThat(tasks.createTaskQuery().taskId(fill.getId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(assessments.findByNominationId(nomination.getId())).as("nothing stored").isEmpty();

        changed.put("overrideReason", "Nilai Juli dikoreksi BKD setelah keberatan pegawai");
        driver.submit(fill, AwardLifecycle.admin(ALPHA), changed);
        Assessment stored = assessments.findByNominationId(nomination.getId()).orElseThrow();
        assertThat(stored.getEKinerjaValue()).isEqualByComparingTo("80");
        assertThat(stored.getKinerjaScore()).isZero();
        List<AssessmentOverride> recorded = overrides.findByNominationIdOrderByOverriddenAtAscIdAsc(nomination.getId());
        assertThat(recorded).singleElement().satisfies(o -> {
            assertThat(o.getField()).isEqualTo("Nilai e-Kinerja");
            assertThat(o.getImportedValue()).isEqualTo("87,5");
            assertThat(o.getEnteredValue()).isEqualTo("80");
            assertThat(o.getOverriddenBy()).isEqualTo(AwardLifecycle.admin(ALPHA));
        });
        assertThat(audit.of(driver.period(period).getCode()).orElseThrow()).extracting(AuditEntry::action,
                AuditEntry::details).anySatisfy(entry -> assertThat(entry.toList()).containsExactly("Data impor diubah",
                "Nilai e-Kinerja: 87,5 (" + recorded.get(0).getSource() + ") menjadi 80. Alasan: Nilai Juli dikoreksi "
                        + "BKD setelah keberatan pegawai"));
    }

    @Test
    void aPeriodScoringThePredikat_offersTheImportedPredikat_andScoresIt() {
        Employee eko = employee("Eko Predikat");
        importPerformance("NIP;BULAN;TAHUN;HASIL KERJA;PERILAKU KERJA;PERSEN HADIR\n" + eko.getNip()
                + ";8;2030;DIATAS ESPEKTASI;SESUAI ESPEKTASI;97\n");
        Map<String, Object> start = new HashMap<>(Map.of("referenceMonth", "8", "referenceYear", 2030,
                "kinerjaMeasure", "PREDIKAT", "lowestPredikat", "BAIK"));
        start.put("kinerjaThreshold", null);
        ProcessInstance period = lifecycle.openPeriod(start);
        assertThat(driver.period(period).getRubric().kinerjaCriterion())
                .isEqualTo("Predikat kinerja Sangat Baik atau Baik");
        Nomination nomination = lifecycle.nominate(period, ALPHA, eko.getNip());
        Task fill = driver.task(period, "Task_FillAssessment", OpdGroups.adminGroup(ALPHA));
        assertThat(driver.taskVariable(fill, "kinerjaMeasure")).isEqualTo("PREDIKAT");
        assertThat(driver.taskVariable(fill, "eKinerjaPredikat")).isEqualTo(Predikat.BAIK.name());
        assertThat(driver.taskVariable(fill, "eKinerjaValue")).isNull();

        Map<String, Object> form = AwardLifecycle.assessment(0, 97, 40, "AS_EXPECTED");
        form.remove("eKinerjaValue");
        form.put("eKinerjaPredikat", "BAIK");
        driver.submit(fill, AwardLifecycle.admin(ALPHA), form);
        Assessment stored = assessments.findByNominationId(nomination.getId()).orElseThrow();
        assertThat(stored.getEKinerjaPredikat()).isEqualTo(Predikat.BAIK);
        assertThat(stored.getKinerjaScore()).as("Baik meets a rubric of Baik and better").isEqualTo(10);
        assertThat(overrides.findByNominationIdOrderByOverriddenAtAscIdAsc(nomination.getId())).isEmpty();
    }
}

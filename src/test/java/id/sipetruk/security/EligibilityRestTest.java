package id.sipetruk.security;

import static id.sipetruk.TestFixtures.ALPHA;
import static id.sipetruk.TestFixtures.ALPHA_NIP_1;
import static id.sipetruk.TestFixtures.PASSWORD;
import static id.sipetruk.process.AwardLifecycle.head;
import static id.sipetruk.process.AwardLifecycle.seedAssessment;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.TestFixtures;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.DisciplineImport;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.EmployeeRepository;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.OpdRepository;
import id.sipetruk.process.AwardLifecycle;
import id.sipetruk.process.ProcessDriver;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 12, eligibility through the real HTTP stack, as the OPD head and the verifier use it: an employee who does not
 * meet the period's rules is not offered on the nominate form and a submission naming him anyway is refused with 400
 * naming the rule, the task staying open and nothing stored; the verifier's form lists every rule with its outcome and
 * source, read from the data when his task is created.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.webapp.enabled=true")
class EligibilityRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired TestFixtures fixtures;
    @Autowired AwardLifecycle lifecycle;
    @Autowired ProcessDriver driver;
    @Autowired TaskService tasks;
    @Autowired NominationRepository nominations;
    @Autowired EmployeeRepository employees;
    @Autowired OpdRepository opds;
    @Autowired DisciplineImport disciplineImport;
    @Autowired ImportRunner runner;
    @Autowired Clock clock;

    @BeforeEach
    void regency() {
        fixtures.ensureRegency();
    }

    private Http rest(String user) {
        return new Http(port).basic(user, PASSWORD);
    }

    /** An employee of OPD Alpha, in service since the given day (SIASN's TMT CPNS). */
    private Employee alphaEmployee(String name, LocalDate serviceStart) {
        Employee employee = new Employee(fixtures.freeNip(), name, "Analis Kebijakan Ahli Pertama", "Penata Muda (III/a)",
                opds.findByCode(ALPHA).orElseThrow());
        employee.enteredService(serviceStart);
        return employees.save(employee);
    }

    private static JsonNode formVariables(Http user, Task task) throws Exception {
        HttpResponse<String> response = user.get("/engine-rest/task/" + task.getId()
                + "/form-variables?deserializeValues=false");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void anIneligibleEmployee_isNotOffered_andRefusedThroughRest_namingTheRule() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Employee newcomer = alphaEmployee("Pegawai Baru Masuk", today.minusYears(2).minusMonths(3).minusDays(10));
        ProcessInstance period = lifecycle.openPeriod(Map.of("minServiceYears", 4));
        Task nominate = driver.task(period, "Task_NominateCandidates", OpdGroups.headGroup(ALPHA));
        Http head = rest(head(ALPHA));

        String options = formVariables(head, nominate).at("/employeeOptions/value").asText();
        assertThat(options).as("offered on the nominate form").contains(ALPHA_NIP_1).doesNotContain(newcomer.getNip());

        String url = "/engine-rest/task/" + nominate.getId();
        assertThat(head.postJson(url + "/claim", "{\"userId\":\"" + head(ALPHA) + "\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> refused = head.postJson(url + "/submit-form",
                "{\"variables\":{\"nomineeNips\":{\"value\":\"" + newcomer.getNip() + "\"}}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("Pegawai dengan NIP " + newcomer.formattedNip()
                + " tidak memenuhi syarat: masa kerja minimal 4 tahun (tercatat 2 tahun 3 bulan, sumber SIASN TMT CPNS)");
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA))
                .as("nothing stored").isEmpty();
        assertThat(tasks.createTaskQuery().taskId(nominate.getId()).count()).as("the task stays open").isEqualTo(1);

        assertThat(head.postJson(url + "/submit-form", "{\"variables\":{\"nomineeNips\":{\"value\":\"" + ALPHA_NIP_1
                + "\"}}}").statusCode()).as("an eligible employee is nominated on the same task").isEqualTo(204);
        assertThat(nominations.findByPeriodIdAndOpdCodeOrderById(lifecycle.periodId(period), ALPHA))
                .extracting(n -> n.getEmployee().getNip()).containsExactly(ALPHA_NIP_1);
    }

    @Test
    void theVerifiersForm_listsEveryRule_metNotMetOrNoData_withItsSource() throws Exception {
        Employee nominee = alphaEmployee("Pegawai Teladan", LocalDate.of(2010, 3, 1));
        ProcessInstance period = lifecycle.openPeriod(Map.of("minServiceYears", 4, "penaltyLookbackYears", 3,
                "awardLookbackYears", 2));
        Nomination nomination = lifecycle.nominate(period, ALPHA, nominee.getNip());
        // imported after the nomination, before the verification: the verifier sees it
        LocalDate today = LocalDate.now(clock);
        String penaltyStart = today.minusMonths(8).toString();
        String csv = "NIP,JENIS HUKUMAN,TINGKAT,TMT HUKUMAN,NOMOR SK\n" + nominee.getNip()
                + ",Pemotongan tunjangan kinerja 25% selama 6 bulan,S," + penaltyStart + ",800/9/BKPSDM/"
                + nominee.getNip() + "\n";
        assertThat(runner.commit(disciplineImport, csv.getBytes(StandardCharsets.UTF_8), true, "bkpsdm.test").baru())
                .isEqualTo(1);
        lifecycle.fillAssessment(period, ALPHA, seedAssessment());
        lifecycle.approveByHead(period, ALPHA, 20);
        Task verify = lifecycle.verificationTask(period, nomination);

        Http verifier = rest(AwardLifecycle.VERIFIER);
        assertThat(verifier.get("/engine-rest/task/" + verify.getId() + "/deployed-form").body())
                .contains("eligibilitySummary");
        String summary = formVariables(verifier, verify).at("/eligibilitySummary/value").asText();
        String served = java.time.Period.between(LocalDate.of(2010, 3, 1), driver.period(period).eligibilityDate())
                .getYears() + " tahun";
        assertThat(summary.lines()).containsExactly(
                "Memenuhi \u2014 jenis pegawai PNS atau PPPK: tercatat PNS (sumber: NIP)",
                "Memenuhi \u2014 masa kerja minimal 4 tahun: tercatat " + served + " "
                        + java.time.Period.between(LocalDate.of(2010, 3, 1), driver.period(period).eligibilityDate())
                        .getMonths() + " bulan (sumber: SIASN TMT CPNS)",
                "Tidak memenuhi \u2014 tidak menjalani hukuman disiplin tingkat sedang atau berat dalam 3 tahun terakhir: "
                        + "hukuman disiplin sedang \"Pemotongan tunjangan kinerja 25% selama 6 bulan\" TMT "
                        + IndonesianDates.date(today.minusMonths(8)) + " (sumber: impor disiplin "
                        + IndonesianDates.date(today) + ", SK 800/9/BKPSDM/" + nominee.getNip() + ")",
                "Memenuhi \u2014 belum menerima penghargaan ASN Berprestasi dalam 2 tahun terakhir: tidak tercatat "
                        + "sebagai penerima penghargaan (sumber: Keputusan Bupati yang tercatat di SI PETRUK)");
    }
}

package id.sipetruk.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * SIASN's riwayat hukuman disiplin imported into the real database (docs/data-import.md, "Disiplin"): the same file
 * twice changes nothing, a later file corrects a penalty and never deletes one, bad rows are named by row and column,
 * all or nothing, and the API answers the counts.
 */
@SpringBootTest
class DisciplineImportTest {

    @Autowired DisciplineImport imports;
    @Autowired ImportRunner runner;
    @Autowired DisciplinePenaltyRepository penalties;
    @Autowired DisciplineImportRunRepository runs;
    @Autowired EmployeeRepository employees;
    @Autowired PeriodBuilder build;
    @Autowired TestFixtures fixtures;
    @Autowired WebApplicationContext context;

    private final String suffix = Long.toString(System.nanoTime(), 36);
    private Employee pns;
    private Employee pppk;

    @BeforeEach
    void twoEmployees() {
        fixtures.ensureRegency();
        Opd opd = build.inactiveOpd("tdis" + suffix, "Dinas Uji Disiplin " + suffix);
        pns = build.employee(opd, "Pegawai Bertegur");
        pppk = employees.save(new Employee(pppkNip(), "Pegawai PPPK Berhukuman", "Guru Ahli Pertama", "IX", opd));
    }

    /** Three penalties as SIASN lists them: a reprimand with its SK, a sedang without one, a berat of a PPPK. */
    private byte[] file(String variant) {
        StringBuilder csv = new StringBuilder("\uFEFFNIP BARU,NAMA,JENIS HUKUMAN,TINGKAT HUKUMAN,TMT HUKUMAN,"
                + "AKHIR HUKUMAN,NOMOR SK\n");
        csv.append("'").append(pns.getNip()).append(",Pegawai Bertegur,Teguran tertulis,R,05-01-2024,,")
                .append("800/01/BKPSDM/2024\n");
        if (!variant.equals("missing")) {
            csv.append(pns.getNip()).append(",Pegawai Bertegur,Pemotongan tunjangan kinerja 25% selama 6 bulan,Sedang,")
                    .append("01-03-2025,").append(variant.equals("corrected") ? "31-12-2025" : "31-08-2025")
                    .append(",null\n");
        }
        csv.append(pppk.getNip()).append(",Pegawai PPPK,\"Pembebasan dari jabatan, 12 bulan\",B,2025-06-02,")
                .append("2026-06-01,862/77/BKPSDM/2025\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theSameFileTwice_changesNothing_aLaterFileCorrects_andNeverDeletes() {
        ImportResult first = runner.commit(imports, file(""), true, "bkpsdm.test");
        assertThat(first).extracting(ImportResult::baru, ImportResult::berubah, ImportResult::tetap,
                ImportResult::dinonaktifkan, ImportResult::galat).containsExactly(3, 0, 0, 0, 0);
        List<DisciplinePenalty> his = penalties.findByEmployeeIdOrderByStartsOn(pns.getId());
        assertThat(his).extracting(DisciplinePenalty::getLevel, DisciplinePenalty::getStartsOn,
                        DisciplinePenalty::getEndsOn, DisciplinePenalty::getDecreeNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(PenaltyLevel.LIGHT, LocalDate.of(2024, 1, 5), null,
                                "800/01/BKPSDM/2024"),
                        org.assertj.core.groups.Tuple.tuple(PenaltyLevel.MODERATE, LocalDate.of(2025, 3, 1),
                                LocalDate.of(2025, 8, 31), null));
        assertThat(penalties.findByEmployeeIdOrderByStartsOn(pppk.getId())).singleElement()
                .satisfies(p -> {
                    assertThat(p.getLevel()).isEqualTo(PenaltyLevel.SEVERE);
                    assertThat(p.getPenaltyType()).as("a quoted cell with a comma")
                            .isEqualTo("Pembebasan dari jabatan, 12 bulan");
                });

        ImportResult again = runner.commit(imports, file(""), true, "bkpsdm.test");
        assertThat(again).extracting(ImportResult::baru, ImportResult::berubah, ImportResult::tetap,
                ImportResult::galat).containsExactly(0, 0, 3, 0);

        ImportResult corrected = runner.commit(imports, file("corrected"), true, "bkpsdm.test");
        assertThat(corrected).extracting(ImportResult::baru, ImportResult::berubah, ImportResult::tetap)
                .containsExactly(0, 1, 2);
        assertThat(penalties.findByEmployeeIdOrderByStartsOn(pns.getId()).get(1).getEndsOn())
                .isEqualTo(LocalDate.of(2025, 12, 31));

        long recorded = runs.count();
        ImportResult missing = runner.commit(imports, file("missing"), true, "bkpsdm.test");
        assertThat(missing).extracting(ImportResult::baru, ImportResult::berubah, ImportResult::tetap,
                ImportResult::dinonaktifkan).containsExactly(0, 0, 2, 0);
        assertThat(penalties.findByEmployeeIdOrderByStartsOn(pns.getId())).as("history: never deleted by an import")
                .hasSize(2);
        assertThat(runs.count()).as("the import is recorded: who is not named has no penalty as of today")
                .isEqualTo(recorded + 1);
    }

    @Test
    void badRowsAreNamed_byRowAndColumn_andAllOrNothingWritesNothing() {
        String unknown = fixtures.freeNip();
        String csv = "NIP,JENIS HUKUMAN,TINGKAT,TMT HUKUMAN,AKHIR HUKUMAN\n"
                + "12345,Teguran lisan,R,01-02-2025,\n"
                + unknown + ",Teguran lisan,R,01-02-2025,\n"
                + pns.getNip() + ",Teguran lisan,X,01-02-2025,\n"
                + pns.getNip() + ",Teguran tertulis,R,31-02-2025,\n"
                + pns.getNip() + ",,,,\n"
                + pns.getNip() + ",Teguran lisan,ringan,01-02-2025,01-01-2025\n"
                + pppk.getNip() + ",Teguran lisan,Ringan,01-02-2025,\n";
        long recorded = runs.count();
        ImportResult refused = runner.commit(imports, csv.getBytes(StandardCharsets.UTF_8), true, "bkpsdm.test");
        assertThat(refused.diterapkan()).isFalse();
        assertThat(refused.galat()).isEqualTo(6);
        assertThat(refused.kesalahan()).containsExactly(
                new ImportProblem(2, "NIP", Messages.get("nip.format", "12345")),
                new ImportProblem(3, "NIP", Messages.get("import.disiplin.unknownNip", Nip.parse(unknown).formatted())),
                new ImportProblem(4, "TINGKAT", Messages.get("import.disiplin.level", "X")),
                new ImportProblem(5, "TMT HUKUMAN", Messages.get("import.date", "31-02-2025")),
                new ImportProblem(6, "JENIS HUKUMAN", Messages.get("import.required", "JENIS HUKUMAN")),
                new ImportProblem(6, "TINGKAT", Messages.get("import.required", "TINGKAT")),
                new ImportProblem(6, "TMT HUKUMAN", Messages.get("import.required", "TMT HUKUMAN")),
                new ImportProblem(7, "AKHIR HUKUMAN",
                        Messages.get("import.disiplin.endsBeforeStart", "01-01-2025", "01-02-2025")));
        assertThat(refused.kesalahan().get(1).pesan()).contains("tidak terdaftar");
        assertThat(penalties.findByEmployeeIdIn(List.of(pns.getId(), pppk.getId()))).as("nothing written").isEmpty();
        assertThat(runs.count()).isEqualTo(recorded);

        ImportResult partly = runner.commit(imports, csv.getBytes(StandardCharsets.UTF_8), false, "bkpsdm.test");
        assertThat(partly.baru()).as("the good row").isEqualTo(1);
        assertThat(penalties.findByEmployeeIdOrderByStartsOn(pppk.getId())).hasSize(1);
        assertThat(runs.count()).as("a file with bad rows does not vouch for whom it does not name")
                .isEqualTo(recorded);

        ImportResult noLevel = runner.preview(imports, ("NIP,JENIS HUKUMAN,TMT HUKUMAN\n" + pns.getNip()
                + ",Teguran lisan,01-02-2025\n").getBytes(StandardCharsets.UTF_8));
        assertThat(noLevel.kesalahan()).containsExactly(
                new ImportProblem(1, "TINGKAT", Messages.get("import.missingColumn", "TINGKAT")));
    }

    @Test
    void theApiAndThePage_areThereForTheKindDisiplin() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockMultipartFile berkas = new MockMultipartFile("berkas", "hukdis.csv", "text/csv", file(""));
        MvcResult commit = mvc.perform(multipart("/api/impor/disiplin").file(berkas)
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn();
        assertThat(commit.getResponse().getStatus()).isEqualTo(200);
        JsonNode counts = new ObjectMapper().readTree(commit.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(counts.get("baru").asInt()).isEqualTo(3);
        for (String key : List.of("berubah", "tetap", "dinonaktifkan", "galat")) {
            assertThat(counts.get(key).asInt()).as(key).isZero();
        }
        assertThat(counts.get("kesalahan").isArray()).isTrue();

        MockMvc bkpsdm = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        assertThat(bkpsdm.perform(get("/impor/disiplin")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(Messages.get("import.disiplin.title"));
    }

    /** A PPPK number nobody holds: born 1991, appointed 2022, {@code 21} where a PNS has the month. */
    private String pppkNip() {
        while (true) {
            String nip = "1991%02d%02d202221%d%03d".formatted(ThreadLocalRandom.current().nextInt(1, 13),
                    ThreadLocalRandom.current().nextInt(1, 29), ThreadLocalRandom.current().nextInt(1, 3),
                    ThreadLocalRandom.current().nextInt(1, 1000));
            if (employees.findByNip(nip).isEmpty()) {
                return nip;
            }
        }
    }
}

package id.sipetruk.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.WebAs;
import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import id.sipetruk.nomination.NominationService;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * SIASN's employee export, shaped like the real files (a byte-order mark, Excel's apostrophes, the text null, extra
 * and missing optional columns, semicolons, PPPK numbers, CPNS and retired staff, bad rows), imported into the real
 * database: the counts, idempotence, a move between OPDs, deactivation, all or nothing, new OPDs with their groups,
 * and the API over HTTP Basic.
 */
@SpringBootTest
class EmployeeImportTest {

    /** SIASN's header, a subset of its 65 columns plus one that newer exports add. */
    private static final String HEADER = "PNS ID,NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,JENIS PEGAWAI NAMA,"
            + "KEDUDUKAN HUKUM ID,KEDUDUKAN HUKUM NAMA,STATUS CPNS PNS,GOL AKHIR NAMA,JABATAN NAMA,UNOR ID,UNOR NAMA,"
            + "SATUAN KERJA KERJA NAMA,TMT CPNS,FLAG IKD";

    @Autowired TestFixtures fixtures;
    @Autowired PeriodBuilder build;
    @Autowired EmployeeImport imports;
    @Autowired ImportRunner runner;
    @Autowired EmployeeRepository employees;
    @Autowired OpdRepository opds;
    @Autowired UnorRepository unors;
    @Autowired NominationService nominations;
    @Autowired IdentityService identity;
    @Autowired WebApplicationContext context;

    private String suffix;
    private String education;
    private String health;
    private List<String> nips;

    @BeforeEach
    void fiveEmployees() {
        fixtures.ensureRegency();
        suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        education = "Dinas Pendidikan Uji " + suffix;
        health = "Dinas Kesehatan Uji " + suffix;
        nips = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nips.add(fixtures.freeNip());
        }
        nips.add(pppkNip());
    }

    /** Five employees in two OPDs (three units), as SIASN exports them; {@code variant} changes one thing. */
    private byte[] file(String variant) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append('\n');
        csv.append(row("1", "'" + nips.get(0), "Siti Nur'aini", "Dr. Hj.", "S.Pd., M.M.", "PNS Daerah", "01", "Aktif",
                "P", "IV/a", "Guru Ahli Madya", "U1" + suffix, "SMPN 1 Uji", education, "01-03-2005"));
        csv.append(row("2", nips.get(1), "Andhani Arbischiria", "null", "S.Kom", "PNS Daerah", "01", "Aktif", "P",
                "III/c", "Pranata Komputer", variant.equals("moved") ? "U3" + suffix : "U2" + suffix,
                variant.equals("moved") ? "Puskesmas Uji" : "SDN 2 Uji", variant.equals("moved") ? health : education));
        csv.append(row("3", nips.get(2), "Rizki Maulana", "", "", "PNS Daerah", "01", "Aktif", "C", "III/a",
                "Analis", "U3" + suffix, "Puskesmas Uji", health));
        if (!variant.equals("missing")) {
            csv.append(row("4", nips.get(3), "Bahrun", "H.", "S.H.", "PNS Daerah", "99", "Pensiun", "P", "IV/b",
                    "Penyuluh", "U3" + suffix, "Puskesmas Uji", health));
        }
        csv.append(row("5", nips.get(4), "Rina Marlina", "", "A.Md.Kep.", "PPPK", "01", "Aktif", "", "IX",
                "Perawat", "U3" + suffix, "Puskesmas Uji", health, "2023-01-02"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A row of the header's columns; TMT CPNS may be left out (empty). */
    private static String row(String... cells) {
        return String.join(",", List.of(cells).stream().map(c -> c.contains(",") ? "\"" + c + "\"" : c).toList())
                + (cells.length == 14 ? "," : "") + ",null\n";
    }

    @Test
    void importingTwiceChangesNothing_aMoveChangesTheOpd_andWhoIsMissingIsDeactivated() {
        ImportResult first = runner.commit(imports, file(""), true, "bkpsdm.test");
        assertThat(first.diterapkan()).isTrue();
        assertThat(first.baru()).isEqualTo(5);
        assertThat(first.galat()).isZero();
        assertThat(first.catatan()).containsExactlyInAnyOrder(Messages.get("import.newOpd", education),
                Messages.get("import.newOpd", health));

        Employee siti = employees.findByNip(nips.get(0)).orElseThrow();
        assertThat(siti.getName()).as("titles around the name").isEqualTo("Dr. Hj. Siti Nur'aini, S.Pd., M.M.");
        assertThat(siti.getOpd().getName()).isEqualTo(education);
        assertThat(siti.getRankGrade()).isEqualTo("IV/a");
        assertThat(siti.serviceStart()).as("TMT CPNS").contains(LocalDate.of(2005, 3, 1));
        assertThat(employees.findByNip(nips.get(4)).orElseThrow().serviceStart()).contains(LocalDate.of(2023, 1, 2));
        assertThat(employees.findByNip(nips.get(1)).orElseThrow().serviceStart()).as("no TMT CPNS: the NIP's month")
                .contains(Nip.parse(nips.get(1)).appointment().atDay(1));
        assertThat(employees.findByNip(nips.get(1)).orElseThrow().getName()).as("'null' is an empty cell")
                .isEqualTo("Andhani Arbischiria, S.Kom");
        assertThat(employees.findByNip(nips.get(2)).orElseThrow().getEmploymentType()).isEqualTo(EmploymentType.CPNS);
        assertThat(employees.findByNip(nips.get(4)).orElseThrow().getEmploymentType()).isEqualTo(EmploymentType.PPPK);
        assertThat(unors.findById("U3" + suffix).orElseThrow().getOpd().getName()).isEqualTo(health);

        Opd healthOpd = opds.findAll().stream().filter(o -> o.getName().equals(health)).findFirst().orElseThrow();
        Long period = build.period("TIMP-" + suffix).save().getId();
        assertThat(nominations.candidates(period, healthOpd.getCode())).as("CPNS and retired staff are kept, not offered")
                .extracting(Employee::getNip).containsExactly(nips.get(4));
        assertThat(identity.createGroupQuery().groupId(OpdGroups.headGroup(healthOpd.getCode())).count())
                .as("a new OPD's groups exist at once, without a restart").isEqualTo(1);

        ImportResult again = runner.commit(imports, file(""), true, "bkpsdm.test");
        assertThat(again).extracting(ImportResult::baru, ImportResult::berubah, ImportResult::tetap, ImportResult::dinonaktifkan, ImportResult::galat)
                .containsExactly(0, 0, 5, 0, 0);
        assertThat(again.catatan()).isEmpty();

        ImportResult preview = runner.preview(imports, file("moved"));
        assertThat(preview.berubah()).isEqualTo(1);
        assertThat(preview.diterapkan()).isFalse();
        assertThat(employees.findByNip(nips.get(1)).orElseThrow().getOpd().getName()).as("a preview writes nothing")
                .isEqualTo(education);

        ImportResult moved = runner.commit(imports, file("moved"), true, "bkpsdm.test");
        assertThat(moved).extracting(ImportResult::baru, ImportResult::berubah, ImportResult::tetap, ImportResult::dinonaktifkan)
                .containsExactly(0, 1, 4, 0);
        assertThat(employees.findByNip(nips.get(1)).orElseThrow().getOpd().getName()).isEqualTo(health);

        ImportResult missing = runner.commit(imports, file("missing"), true, "bkpsdm.test");
        assertThat(missing.dinonaktifkan()).isEqualTo(1);
        Employee retired = employees.findByNip(nips.get(3)).orElseThrow();
        assertThat(retired.isActive()).as("kept, not deleted").isFalse();
        assertThat(retired.notNominableBecause()).contains("nomination.inactiveEmployee");
    }

    @Test
    void badRowsAreNamed_andAllOrNothingWritesNothing_whileTheRestCanBeApplied() {
        String bad = new String(file(""), StandardCharsets.UTF_8)
                + row("6", "19810407200013100", "Salah Panjang", "", "", "PNS", "01", "Aktif", "P", "III/a", "Analis",
                        "U1" + suffix, "SMPN 1 Uji", education)
                + row("7", nips.get(0), "Siti Lagi", "", "", "PNS", "01", "Aktif", "P", "III/a", "Analis",
                        "U1" + suffix, "SMPN 1 Uji", education)
                + row("8", fixtures.freeNip(), "", "", "", "PNS", "01", "Aktif", "P", "III/a", "Analis", "",
                        "SMPN 1 Uji", education, "31-02-2020");
        byte[] content = bad.getBytes(StandardCharsets.UTF_8);

        ImportResult refused = runner.commit(imports, content, true, "bkpsdm.test");
        assertThat(refused.diterapkan()).isFalse();
        assertThat(refused.galat()).isEqualTo(3);
        assertThat(refused.kesalahan()).containsExactly(
                new ImportProblem(7, "NIP BARU", Messages.get("nip.format", "19810407200013100")),
                new ImportProblem(8, "NIP BARU", Messages.get("import.duplicateNip",
                        Nip.parse(nips.get(0)).formatted(), 2)),
                new ImportProblem(9, "TMT CPNS", Messages.get("import.date", "31-02-2020")),
                new ImportProblem(9, "NAMA", Messages.get("import.required", "NAMA")),
                new ImportProblem(9, "UNOR ID", Messages.get("import.required", "UNOR ID")));
        assertThat(employees.findByNip(nips.get(0))).as("nothing written").isEmpty();
        assertThat(opds.findAll()).noneMatch(o -> o.getName().equals(education));

        ImportResult partly = runner.commit(imports, content, false, "bkpsdm.test");
        assertThat(partly.diterapkan()).isTrue();
        assertThat(partly.baru()).isEqualTo(5);
        assertThat(partly.dinonaktifkan()).as("nobody is deactivated from a file with bad rows").isZero();
        assertThat(employees.findByNip(nips.get(0))).isPresent();
    }

    @Test
    void aFileWithoutARequiredColumn_orNoCsv_isRefusedAsAWhole() {
        String semicolons = "\uFEFFNIP BARU;NAMA;UNOR NAMA\n" + nips.get(0) + ";Siti;SMPN 1 Uji\n";
        ImportResult missingColumn = runner.commit(imports, semicolons.getBytes(StandardCharsets.UTF_8), false,
                "bkpsdm.test");
        assertThat(missingColumn.diterapkan()).isFalse();
        assertThat(missingColumn.kesalahan()).containsExactly(
                new ImportProblem(1, "UNOR ID", Messages.get("import.missingColumn", "UNOR ID")));
        assertThat(employees.findByNip(nips.get(0))).isEmpty();

        String reduced = "NIP;NAMA;UNOR ID;NAMA UNOR;SATUAN KERJA NAMA\n'" + nips.get(0) + ";Siti;U9" + suffix
                + ";SMPN 9 Uji;" + education + "\n";
        ImportResult aliases = runner.preview(imports, reduced.getBytes(StandardCharsets.UTF_8));
        assertThat(aliases.baru()).as("a reduced export with other column names and semicolons").isEqualTo(1);
        assertThat(aliases.galat()).isZero();
    }

    @Test
    void theSameExportAsXlsx_isReadFromItsFirstSheet_andANipTypedAsANumberIsNamed() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "SIASN", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Data ASN");
            List<String> header = List.of("NIP BARU", "NAMA", "GELAR BELAKANG", "UNOR ID", "UNOR NAMA",
                    "SATUAN KERJA KERJA NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, nips.get(0));
            sheet.value(1, 1, "Siti Nur'aini");
            sheet.value(1, 2, "S.Pd.");
            sheet.value(1, 3, "U1" + suffix);
            sheet.value(1, 4, "SMPN 1 Uji");
            sheet.value(1, 5, education);
            sheet.value(1, 6, "01");
            sheet.value(1, 7, "Aktif");
            sheet.value(2, 0, new BigDecimal(nips.get(1)).doubleValue()); // Excel keeps 15 significant digits
            sheet.value(2, 1, "Andhani");
            sheet.value(2, 3, "U1" + suffix);
            sheet.value(2, 4, "SMPN 1 Uji");
        }
        ImportResult read = runner.preview(imports, xlsx.toByteArray());
        assertThat(read.baru()).isEqualTo(1);
        assertThat(read.galat()).isEqualTo(1);
        assertThat(read.kesalahan()).singleElement().satisfies(p -> {
            assertThat(p.baris()).isEqualTo(3);
            assertThat(p.kolom()).isEqualTo("NIP BARU");
            assertThat(p.pesan()).startsWith("NIP ").contains("tersimpan sebagai angka", "Simpan kolom NIP sebagai teks");
        });
        assertThat(runner.preview(imports, "bukan berkas".getBytes(StandardCharsets.UTF_8)).kesalahan())
                .extracting(ImportProblem::pesan).containsExactly(Messages.get("import.missingColumn", "NIP BARU"),
                        Messages.get("import.missingColumn", "NAMA"), Messages.get("import.missingColumn", "UNOR ID"),
                        Messages.get("import.missingColumn", "UNOR NAMA"));
        byte[] brokenZip = {'P', 'K', 3, 4, 0, 0, 0};
        assertThat(runner.preview(imports, brokenZip).kesalahan()).extracting(ImportProblem::pesan)
                .containsExactly(Messages.get("import.unreadable"));
    }

    @Test
    void theApi_takesHttpBasic_previewsAndCommits_andIsForBkpsdmOnly() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockMultipartFile berkas = new MockMultipartFile("berkas", "pegawai.csv", "text/csv", file(""));

        MvcResult preview = mvc.perform(multipart("/api/impor/pegawai").file(berkas).param("pratinjau", "true")
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn();
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        JsonNode counts = new ObjectMapper().readTree(preview.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(counts.get("baru").asInt()).isEqualTo(5);
        assertThat(counts.get("diterapkan").asBoolean()).isFalse();
        assertThat(employees.findByNip(nips.get(0))).isEmpty();

        MvcResult commit = mvc.perform(multipart("/api/impor/pegawai").file(berkas)
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn();
        JsonNode done = new ObjectMapper().readTree(commit.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(done.get("baru").asInt()).isEqualTo(5);
        assertThat(done.get("kesalahan").isArray()).isTrue();
        assertThat(employees.findByNip(nips.get(0))).isPresent();

        assertThat(mvc.perform(multipart("/api/impor/pegawai").file(berkas)).andReturn().getResponse().getStatus())
                .as("no login").isEqualTo(401);
        assertThat(mvc.perform(multipart("/api/impor/pegawai").file(berkas)
                .with(httpBasic("kepala." + TestFixtures.ALPHA, TestFixtures.PASSWORD))).andReturn().getResponse()
                .getStatus()).as("an OPD head").isEqualTo(403);
        MvcResult noFile = mvc.perform(multipart("/api/impor/pegawai")
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn();
        assertThat(noFile.getResponse().getStatus()).isEqualTo(400);
        assertThat(noFile.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(Messages.get("import.fileRequired").replace("\"", "\\\""));

        String tooLong = "NIP BARU,NAMA,UNOR ID,UNOR NAMA\n" + fixtures.freeNip() + "," + "Panjang".repeat(40)
                + ",U9" + suffix + ",Bidang Uji\n";
        MvcResult refused = mvc.perform(multipart("/api/impor/pegawai").file(new MockMultipartFile("berkas",
                        "panjang.csv", "text/csv", tooLong.getBytes(StandardCharsets.UTF_8))).param("pratinjau", "true")
                .with(httpBasic(TestFixtures.REST_USER, TestFixtures.PASSWORD))).andReturn();
        assertThat(refused.getResponse().getStatus()).as("a value the database will not hold is the file's fault")
                .isEqualTo(400);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Berkas memuat nilai yang tidak dapat disimpan");
    }

    @Test
    void bkpsdmPlacesAUnitInAnotherOpd_itsEmployeesMove_andTheNextImportKeepsIt() throws Exception {
        runner.commit(imports, file(""), true, "bkpsdm.test");
        Opd educationOpd = opds.findAll().stream().filter(o -> o.getName().equals(education)).findFirst().orElseThrow();
        MockMvc bkpsdm = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        assertThat(bkpsdm.perform(get("/impor/unor")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("U3" + suffix, "Puskesmas Uji", health);

        MvcResult placed = bkpsdm.perform(post("/impor/unor/U3" + suffix).param("opd", educationOpd.getCode()))
                .andReturn();
        assertThat(placed.getResponse().getStatus()).isEqualTo(302);
        assertThat(unors.findById("U3" + suffix).orElseThrow().getOpd().getCode()).isEqualTo(educationOpd.getCode());
        assertThat(employees.findByNip(nips.get(4)).orElseThrow().getOpd().getCode()).as("the unit's staff moved")
                .isEqualTo(educationOpd.getCode());

        ImportResult again = runner.commit(imports, file(""), true, "bkpsdm.test");
        assertThat(again.berubah()).as("the next import keeps BKPSDM's placement").isZero();
        assertThat(employees.findByNip(nips.get(4)).orElseThrow().getOpd().getCode()).isEqualTo(educationOpd.getCode());

        MvcResult unknown = bkpsdm.perform(post("/impor/unor/U3" + suffix).param("opd", "tidak-ada")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(Messages.get("unor.unknownOpd", "tidak-ada"));
        MockMvc head = WebAs.login(context, "kepala.uji", "opd-uji-head");
        assertThat(head.perform(post("/impor/unor/U3" + suffix).param("opd", educationOpd.getCode())).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(unors.findById("U3" + suffix).orElseThrow().getOpd().getCode()).isEqualTo(educationOpd.getCode());
    }

    /** A PPPK number nobody holds: born 1992, appointed 2023, {@code 21} where a PNS has the month. */
    private String pppkNip() {
        while (true) {
            String nip = "1992%02d%02d202321%d%03d".formatted(ThreadLocalRandom.current().nextInt(1, 13),
                    ThreadLocalRandom.current().nextInt(1, 29), ThreadLocalRandom.current().nextInt(1, 3),
                    ThreadLocalRandom.current().nextInt(1, 1000));
            if (employees.findByNip(nip).isEmpty()) {
                return nip;
            }
        }
    }
}

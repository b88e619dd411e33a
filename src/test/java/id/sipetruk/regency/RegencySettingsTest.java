package id.sipetruk.regency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.StatusPaths;
import id.sipetruk.WebAs;
import id.sipetruk.assessment.AssessmentInput;
import id.sipetruk.assessment.AssessmentResultDocument;
import id.sipetruk.assessment.BehaviourResult;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeDocuments;
import id.sipetruk.decree.DecreeService;
import id.sipetruk.demo.DemoLogo;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.GeneratedDocumentRepository;
import id.sipetruk.document.SampleDocuments;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * /pengaturan and what it changes: stored settings override sipetruk.regency.* in the generated PDFs (read back
 * with PDFBox), wrong input is refused in Indonesian with nothing stored, and the previews under /pratinjau are
 * PDFs stamped "PRATINJAU" that leave no generated_document row. The settings row is global: every test puts
 * back what it found (also on a PostgreSQL database kept between runs), and uses its own codes otherwise.
 */
@SpringBootTest
class RegencySettingsTest {

    private static final String NAME = "Dr. Hj. Siti Nur'aini, S.Pd., M.M.";
    private static final String REGENT_NIP = "197105121996031002";
    private static final String HEAD_NIP = "196812071997011005";

    @Autowired PeriodBuilder build;
    @Autowired RegencySettingsService settings;
    @Autowired RegencySettingRepository settingRows;
    @Autowired DocumentService documents;
    @Autowired AssessmentResultDocument assessmentResults;
    @Autowired DecreeDocuments decreeDocuments;
    @Autowired GeneratedDocumentRepository generated;
    @Autowired NominationRepository nominations;
    @Autowired DecreeService decrees;
    @Autowired WebApplicationContext context;
    MockMvc mvc;
    RegencySetting before;

    @BeforeEach
    void setUp() {
        mvc = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        before = settingRows.findById(RegencySetting.ID).map(RegencySetting::copy).orElse(null);
    }

    @AfterEach
    void putBackWhatWasThere() {
        if (before == null) {
            settingRows.deleteAll();
        } else {
            settingRows.save(before);
        }
    }

    @Test
    void storedSettings_overrideTheConfiguration_inEveryGeneratedDocument() throws Exception {
        String suffix = suffix();
        String regency = "Kabupaten Uji Pengaturan " + suffix;
        String regent = "Ir. H. Bupati Uji " + suffix + ", M.Sc.";
        MvcResult saved = mvc.perform(form(valid(suffix, regency, regent))
                .file(new MockMultipartFile("logo", "lambang.png", "image/png", DemoLogo.draw()))).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/pengaturan");

        Regency effective = settings.effective();
        assertThat(effective.name()).isEqualTo(regency);
        assertThat(effective.regentNip()).isEqualTo(REGENT_NIP);
        assertThat(effective.letterhead()).containsExactly("Jalan Uji " + suffix + " Nomor 1", "Telepon (0500) 1");
        assertThat(effective.logo()).isNotNull();
        assertThat(effective.legalBasis()).isNotEmpty();

        // the page shows what is stored, and the logo
        String page = html(mvc.perform(get("/pengaturan")).andReturn());
        assertThat(page).contains("value=\"" + regency + "\"", "value=\"" + HEAD_NIP + "\"", "Tersimpan di aplikasi",
                "/pengaturan/logo", "Jalan Uji " + suffix + " Nomor 1");
        MvcResult logo = mvc.perform(get("/pengaturan/logo")).andReturn();
        assertThat(logo.getResponse().getContentType()).isEqualTo("image/png");

        Scenario s = scenario(suffix);
        GeneratedDocument assessment = assessmentResults.generate(s.nomination().getId());
        String assessmentText = SampleDocuments.flowText(assessment.getContent());
        assertThat(assessmentText).contains("DI LINGKUNGAN PEMERINTAH DAERAH " + regency.toUpperCase(Locale.ROOT),
                "Jalan Uji " + suffix + " Nomor 1", "Pusat " + suffix + ", ");
        assertThat(images(assessment.getContent(), 0)).as("logo (with its transparency mask) and QR code").isGreaterThan(1);

        Nomination finalist = nominations.findById(s.nomination().getId()).orElseThrow();
        StatusPaths.finalist(finalist, 1, "85.00", "76.00");
        nominations.save(finalist);
        Decree decree = decrees.propose(s.period().getId(), java.util.List.of(finalist.getCode()), "admin.bkpsdm");
        decrees.approve(decree.getId(), "bupati");
        decrees.issue(s.period().getId());
        String number = decrees.get(decree.getId()).getDecreeNumber();
        assertThat(number).matches("999\\.9/\\d{3}/UJI-" + suffix + "/2099");

        GeneratedDocument issued = decreeDocuments.generateDecree(decree.getId());
        String decreeText = SampleDocuments.flowText(issued.getContent());
        String regentTitle = ("Bupati Uji " + suffix).toUpperCase(Locale.ROOT);
        assertThat(decreeText).contains("KEPUTUSAN " + regentTitle, "NOMOR " + number,
                "Ditetapkan di Pusat " + suffix, regent.toUpperCase(Locale.ROOT), "NIP 19710512 199603 1 002",
                "Pemerintah " + regency).doesNotContain("BALANGAN"); // the legal basis stays in the configuration
        assertThat(images(issued.getContent(), 0)).isGreaterThan(1);

        GeneratedDocument certificate = decreeDocuments.generateCertificate(
                decrees.get(decree.getId()).getAwardees().get(0).getId());
        String certificateText = SampleDocuments.flowText(certificate.getContent());
        assertThat(certificateText).contains("PEMERINTAH " + regency.toUpperCase(Locale.ROOT), regentTitle + ",",
                regent.toUpperCase(Locale.ROOT), "Pusat " + suffix + ", ", "Nomor " + number, NAME);
        assertThat(SampleDocuments.pages(certificate.getContent())).isEqualTo(1);
        assertThat(images(certificate.getContent(), 0)).isGreaterThan(1);
        SampleDocuments.keep("pengaturan-hasil-penilaian.pdf", assessment.getContent());
        SampleDocuments.keep("pengaturan-sk.pdf", issued.getContent());
        SampleDocuments.keep("pengaturan-piagam.pdf", certificate.getContent());

        // saving again without a file keeps the logo; "hapus logo" removes it
        mvc.perform(form(valid(suffix, regency, regent)).file(emptyFile())).andReturn();
        assertThat(settings.effective().logo()).isNotNull();
        mvc.perform(form(valid(suffix, regency, regent)).file(emptyFile()).param("removeLogo", "true")).andReturn();
        assertThat(settings.effective().logo()).isNull();
        GeneratedDocument withoutLogo = decreeDocuments.generateCertificate(
                decrees.get(decree.getId()).getAwardees().get(0).getId());
        assertThat(images(withoutLogo.getContent(), 0)).as("only the QR code").isEqualTo(1);

        // back to the configuration
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/pengaturan/bawaan"))
                .andReturn();
        assertThat(settings.stored()).isEmpty();
        assertThat(settings.effective().name()).isEqualTo("Kabupaten Balangan");
        assertThat(settings.decreeNumber(7, 2030)).isEqualTo("800.1.13/007/BKPSDM/2030");
    }

    @Test
    void invalidNipAndPatternWithoutSeq_areRefusedInIndonesian_keepTheInput_andStoreNothing() throws Exception {
        String suffix = suffix();
        Optional<LocalDateTime> stamp = settings.stored().map(RegencySetting::getUpdatedAt);
        String regency = "Kabupaten Tidak Tersimpan " + suffix;
        Map<String, String> values = new java.util.HashMap<>(valid(suffix, regency, "Bupati " + suffix));
        values.put("bkpsdmHeadNip", "19681207199701100");
        values.put("regentNip", "197113121996031002");
        values.put("decreeNumberPattern", "800.1.13/BKPSDM/{year}");
        values.put("place", "  ");

        MvcResult refused = mvc.perform(form(values).file(emptyFile())).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        String page = html(refused);
        assertThat(page).contains("Pengaturan belum disimpan: perbaiki isian yang ditandai.",
                "tidak valid: NIP harus terdiri dari 18 angka.",
                "tidak valid: 8 angka pertama harus tanggal lahir yang benar",
                "Pola nomor SK harus memuat {seq} (nomor urut) dan {year} (tahun)",
                "Isian &quot;Tempat penandatanganan&quot; wajib diisi.");
        // the input is shown again as typed
        assertThat(page).contains("value=\"" + regency + "\"", "value=\"19681207199701100\"",
                "value=\"800.1.13/BKPSDM/{year}\"", "Jalan Uji " + suffix + " Nomor 1");
        assertThat(settings.stored().map(RegencySetting::getUpdatedAt)).isEqualTo(stamp);
        assertThat(settings.effective().name()).isNotEqualTo(regency);

        // the service refuses it as well
        RegencySettingsForm form = settings.form();
        form.setDecreeNumberPattern("{seq}/{tahun}/{year}");
        form.setBkpsdmHeadNip(HEAD_NIP);
        assertThat(settings.validate(form, null)).containsOnlyKeys("decreeNumberPattern")
                .containsValue("Pola nomor SK hanya boleh memakai kurung kurawal untuk {seq} dan {year}.");
        form.setDecreeNumberPattern("{seq}/{year}");
        form.setBkpsdmHeadNip(" ");
        assertThat(settings.validate(form, null)).containsOnlyKeys("bkpsdmHeadNip")
                .containsValue("Isian \"NIP Kepala BKPSDM\" wajib diisi.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.save(form, null, "uji"))
                .isInstanceOf(RegencySettingsService.InvalidSettingsException.class);
        assertThat(settings.stored().map(RegencySetting::getUpdatedAt)).isEqualTo(stamp);

        // a NUL (PostgreSQL would refuse the row with a 500) or an emoji the documents cannot print
        form.setBkpsdmHeadNip(HEAD_NIP);
        form.setPlace("Paringin\u0000");
        form.setRegencyName("Kabupaten \uD83D\uDE00");
        assertThat(settings.validate(form, null)).containsOnlyKeys("place", "regencyName")
                .containsValue("Isian \"Tempat penandatanganan\" memuat karakter yang tidak dapat dicetak pada dokumen "
                        + "(misalnya emoji, huruf Arab atau karakter kendali). Gunakan huruf Latin, angka dan tanda baca biasa.");
    }

    @Test
    void aLogoThatIsNotAPngOrJpeg_isRefused_andNothingIsStored() throws Exception {
        String suffix = suffix();
        Optional<LocalDateTime> stamp = settings.stored().map(RegencySetting::getUpdatedAt);
        Map<String, String> values = valid(suffix, "Kabupaten Logo " + suffix, "Bupati " + suffix);

        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        MvcResult notImage = mvc.perform(form(values)
                .file(new MockMultipartFile("logo", "logo.png", "image/png", pdf))).andReturn();
        assertThat(notImage.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(notImage)).contains("Logo harus berupa gambar PNG atau JPEG (diperiksa dari isi berkas",
                "value=\"Kabupaten Logo " + suffix + "\"");

        byte[] broken = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, broken, 0, 8);
        MvcResult unreadable = mvc.perform(form(values)
                .file(new MockMultipartFile("logo", "logo.png", "image/png", broken))).andReturn();
        assertThat(unreadable.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(unreadable)).contains("Logo tidak dapat dibaca sebagai gambar PNG atau JPEG");

        MvcResult tooLarge = mvc.perform(form(values)
                .file(new MockMultipartFile("logo", "besar.png", "image/png", noisePng(600)))).andReturn();
        assertThat(tooLarge.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(tooLarge)).contains("melebihi batas 500 KB");

        assertThat(settings.stored().map(RegencySetting::getUpdatedAt)).isEqualTo(stamp);
        assertThat(settings.effective().name()).isNotEqualTo("Kabupaten Logo " + suffix);
    }

    @Test
    void previews_arePdfsStampedPratinjau_withoutVerificationCode_andStoreNothing() throws Exception {
        String suffix = suffix();
        Scenario s = scenario(suffix);
        String nominationCode = s.nomination().getCode();
        String periodCode = s.period().getCode();

        MvcResult assessment = mvc.perform(get("/pratinjau/penilaian/{code}", nominationCode)).andReturn();
        assertThat(assessment.getResponse().getStatus()).isEqualTo(200);
        assertThat(assessment.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(assessment.getResponse().getHeader("Cache-Control")).contains("no-store");
        byte[] assessmentPdf = assessment.getResponse().getContentAsByteArray();
        String assessmentText = SampleDocuments.flowText(assessmentPdf);
        assertThat(assessmentText).contains("PRATINJAU", "kode verifikasi diberikan saat dokumen diterbitkan", NAME,
                "Total Skor", "versi 1").doesNotContain("Kode verifikasi:", "/verifikasi/");
        SampleDocuments.keep("pratinjau-hasil-penilaian.pdf", assessmentPdf);

        // the dossier links the preview; no decree yet, so no decree preview
        assertThat(html(mvc.perform(get("/berkas/{code}", nominationCode)).andReturn()))
                .contains("/pratinjau/penilaian/" + nominationCode);
        assertThat(mvc.perform(get("/pratinjau/sk/{code}", periodCode)).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        Nomination finalist = nominations.findById(s.nomination().getId()).orElseThrow();
        StatusPaths.finalist(finalist, 1, "85.00", "76.00");
        nominations.save(finalist);
        decrees.propose(s.period().getId(), java.util.List.of(finalist.getCode()), "admin.bkpsdm");

        MvcResult decree = mvc.perform(get("/pratinjau/sk/{code}", periodCode)).andReturn();
        assertThat(decree.getResponse().getStatus()).isEqualTo(200);
        assertThat(decree.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        byte[] decreePdf = decree.getResponse().getContentAsByteArray();
        assertThat(SampleDocuments.flowText(decreePdf)).contains("PRATINJAU - DRAF", "NOMOR DRAF", NAME,
                "kode verifikasi diberikan saat dokumen diterbitkan").doesNotContain("Kode verifikasi:");
        SampleDocuments.keep("pratinjau-sk.pdf", decreePdf);
        assertThat(html(mvc.perform(get("/periode/{code}", periodCode)).andReturn()))
                .contains("/pratinjau/sk/" + periodCode);

        assertThat(generated.findBySubjectCodeOrderByIdAsc(nominationCode)).isEmpty();
        assertThat(generated.findBySubjectCodeOrderByIdAsc(periodCode)).isEmpty();

        for (String path : new String[] {"/pratinjau/penilaian/TIDAK-ADA-" + suffix, "/pratinjau/sk/TIDAK-ADA-" + suffix}) {
            MvcResult missing = mvc.perform(get(path)).andReturn();
            assertThat(missing.getResponse().getStatus()).isEqualTo(404);
            assertThat(html(missing)).contains("tidak ditemukan");
        }
    }

    // ------------------------------------------------------------------ helpers

    record Scenario(Opd opd, Employee employee, AwardPeriod period, Nomination nomination) {
    }

    /** A period (2099) with one OPD and one nominee whose instrument is filled and signed off. */
    private Scenario scenario(String suffix) {
        Opd opd = build.opd("tset" + suffix.toLowerCase(Locale.ROOT), "Dinas Uji Pengaturan " + suffix);
        AwardPeriod period = build.period("TSET-" + suffix).title("ASN Berprestasi Uji " + suffix)
                .at(AwardPeriodStatus.DECREE).save();
        Nomination nomination = build.nominee(period, "TSET-" + suffix + "-01").name(NAME).in(opd)
                .assessed(new AssessmentInput(new BigDecimal("84"), new BigDecimal("94"), "Inovasi Uji",
                        "Uraian inovasi.", 40, BehaviourResult.AS_EXPECTED), 20).save();
        return new Scenario(opd, nomination.getEmployee(), period, nomination);
    }

    private static Map<String, String> valid(String suffix, String regency, String regent) {
        return Map.ofEntries(Map.entry("regencyName", regency), Map.entry("regentTitle", "Bupati Uji " + suffix),
                Map.entry("regentName", regent), Map.entry("regentNip", "19710512 199603 1 002"),
                Map.entry("bkpsdmName", "Badan Kepegawaian Uji " + suffix),
                Map.entry("bkpsdmHeadName", "Kepala Uji " + suffix + ", S.E."), Map.entry("bkpsdmHeadNip", HEAD_NIP),
                Map.entry("letterhead", "Jalan Uji " + suffix + " Nomor 1\r\n\r\nTelepon (0500) 1\r\n"),
                Map.entry("place", "Pusat " + suffix),
                Map.entry("decreeNumberPattern", "999.9/{seq}/UJI-" + suffix + "/{year}"));
    }

    private static MockMultipartHttpServletRequestBuilder form(Map<String, String> values) {
        MockMultipartHttpServletRequestBuilder request = multipart("/pengaturan");
        values.forEach(request::param);
        return request;
    }

    /** What a browser sends when no file was chosen. */
    private static MockMultipartFile emptyFile() {
        return new MockMultipartFile("logo", "", "application/octet-stream", new byte[0]);
    }

    /** A valid PNG of random pixels, far above 500 KB. */
    private static byte[] noisePng(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(out.size()).isGreaterThan((int) RegencyLogo.MAX_BYTES);
        return out.toByteArray();
    }

    /** How many images a page draws (the QR code is one). */
    private static int images(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage p = document.getPage(page);
            int count = 0;
            for (COSName name : p.getResources().getXObjectNames()) {
                if (p.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
            return count;
        }
    }


    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

package id.sipetruk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.StatusPaths;
import id.sipetruk.assessment.AssessmentResultDocument;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeDocuments;
import id.sipetruk.decree.DecreeService;
import id.sipetruk.document.DocumentFacts;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.DocumentVerifier;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.GeneratedDocumentRepository;
import id.sipetruk.document.SampleDocuments;
import id.sipetruk.document.VerificationCode;
import id.sipetruk.document.VerificationPdfTest;
import id.sipetruk.document.VerificationRateLimit;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Opd;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The public page /verifikasi answers genuine, superseded or unknown for the code read back from the stored
 * PDFs, shows only what the document prints, and escapes it. Every run uses its own codes (random suffix), so
 * rows of earlier runs on a kept PostgreSQL database do not matter.
 */
@SpringBootTest
class VerificationPageTest {

    private static final String NAME = "Dr. Hj. Siti Nur'aini, S.Pd., M.M.";
    private static final String SCRIPT = "<script>alert('x')</script>";

    @Autowired DocumentService documents;
    @Autowired AssessmentResultDocument assessmentResults;
    @Autowired DecreeDocuments decreeDocuments;
    @Autowired GeneratedDocumentRepository generated;
    @Autowired PeriodBuilder build;
    @Autowired NominationRepository nominations;
    @Autowired DecreeService decrees;
    @Autowired WebApplicationContext context;
    @Autowired VerificationRateLimit rateLimit;
    @Autowired DocumentVerifier verifier;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void printedCode_isGenuine_untilANewVersionSupersedesIt() throws Exception {
        String suffix = suffix();
        AwardPeriod period = period(suffix, "ASN Berprestasi Uji " + suffix);
        Nomination siti = nominee(period, suffix, "01", NAME);
        Nomination other = nominee(period, suffix, "02", "Rina Marlina, A.Md.Kep.");
        assessmentResults.generate(other.getId());

        GeneratedDocument first = assessmentResults.generate(siti.getId());
        String printed = printedCode(first);
        assertThat(printed.replace("-", "")).isEqualTo(first.getVerificationCode());
        assertThat(VerificationPdfTest.decodeQr(first.getContent(), 0))
                .isEqualTo("http://localhost:8080/verifikasi/" + printed);
        VerificationPdfTest.assertFontsEmbedded(first.getContent());

        String page = page("/verifikasi/" + printed, 200);
        SampleDocuments.keep("verifikasi-asli.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("ASLI", printed, "Hasil Penilaian Instrumen Kinerja", "Dr. Hj. Siti Nur&#39;aini",
                siti.getEmployee().formattedNip(), "Analis Kebijakan Ahli Muda", "Dinas Uji Verifikasi " + suffix, ">70<",
                siti.getCode()).doesNotContain("SUDAH DIGANTI", "TIDAK DIKENAL");
        // only what the document prints: not the other nominee, not the raw NIP, not the PDF or its hash
        assertThat(page).doesNotContain(other.getEmployee().formattedNip(), other.getEmployee().getNip(),
                siti.getEmployee().getNip(), "Rina Marlina", "/dokumen/", first.getSha256(), "Penata Tingkat I");

        // typed: case-insensitive, dashes optional, spaces tolerated
        assertThat(page("/verifikasi?kode=" + printed.toLowerCase(Locale.ROOT).replace("-", ""), 200)).contains("ASLI");
        assertThat(page("/verifikasi/" + printed.replace("-", " ").toLowerCase(Locale.ROOT), 200)).contains("ASLI");

        GeneratedDocument second = assessmentResults.generate(siti.getId());
        String newer = printedCode(second);
        assertThat(newer).isNotEqualTo(printed);
        String superseded = page("/verifikasi/" + printed, 200);
        SampleDocuments.keep("verifikasi-diganti.html", superseded.getBytes(StandardCharsets.UTF_8));
        assertThat(superseded).contains("SUDAH DIGANTI", "versi <strong>2</strong>", printed)
                .doesNotContain(newer, "ASLI");
        assertThat(page("/verifikasi/" + newer, 200)).contains("ASLI", newer).doesNotContain("SUDAH DIGANTI");
    }

    @Test
    void decreeDraft_isSupersededByTheNumberedDecree_andCertificatesVerify() throws Exception {
        String suffix = suffix();
        AwardPeriod period = period(suffix, "ASN Berprestasi Uji " + suffix);
        Nomination finalist = nominee(period, suffix, "01", NAME);
        StatusPaths.finalist(finalist, 1, "85.00", "76.00");
        nominations.save(finalist);

        Decree decree = decrees.propose(period.getId(), List.of(finalist.getCode()), "admin.bkpsdm");
        GeneratedDocument draft = decreeDocuments.generateDecree(decree.getId());
        decrees.approve(decree.getId(), "bupati");
        decrees.issue(period.getId());
        GeneratedDocument issued = decreeDocuments.generateDecree(decree.getId());
        GeneratedDocument certificate = decreeDocuments.generateCertificate(
                decrees.get(decree.getId()).getAwardees().get(0).getId());
        String number = decrees.get(decree.getId()).getDecreeNumber();

        for (GeneratedDocument doc : List.of(draft, issued, certificate)) {
            VerificationPdfTest.assertFontsEmbedded(doc.getContent());
        }
        assertThat(page("/verifikasi/" + printedCode(draft), 200)).contains("SUDAH DIGANTI", "versi <strong>2</strong>",
                "DRAF");
        assertThat(page("/verifikasi/" + printedCode(issued), 200)).contains("ASLI", number, "Dr. Hj. Siti Nur&#39;aini",
                "ASN Berprestasi Terbaik 1");
        assertThat(page("/verifikasi/" + printedCode(certificate), 200)).contains("ASLI", "Piagam Penghargaan",
                "Dr. Hj. Siti Nur&#39;aini", finalist.getEmployee().formattedNip(), "ASN Berprestasi Terbaik 1", number);
    }

    @Test
    void unknownCodes_andTypedText_areAnsweredAndEscaped() throws Exception {
        String unknown;
        do {
            unknown = HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextLong());
        } while (generated.findByVerificationCode(unknown).isPresent());
        String grouped = VerificationCode.grouped(unknown);
        assertThat(page("/verifikasi/" + grouped, 404)).contains("TIDAK DIKENAL", grouped)
                .doesNotContain("ASLI", "SUDAH DIGANTI", "Yang tercetak");

        String typed = page(get("/verifikasi").param("kode", SCRIPT), 404);
        assertThat(typed).contains("TIDAK DIKENAL", "bukan kode verifikasi", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain(SCRIPT);

        assertThat(page("/verifikasi", 200)).contains("Kode verifikasi", "name=\"kode\"").doesNotContain("TIDAK DIKENAL");
    }

    @Test
    void printedFacts_areEscapedOnThePage() throws Exception {
        String suffix = suffix();
        AwardPeriod period = period(suffix, "Periode " + suffix + " " + SCRIPT);
        Nomination nomination = nominee(period, suffix, "01", NAME);
        GeneratedDocument document = assessmentResults.generate(nomination.getId());
        assertThat(SampleDocuments.flowText(document.getContent())).contains(SCRIPT);

        String page = page("/verifikasi/" + printedCode(document), 200);
        assertThat(page).contains("ASLI", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain(SCRIPT);
    }

    /** The code as printed on the PDF's first page, read back with PDFBox. */
    private static String printedCode(GeneratedDocument document) {
        List<String> codes = VerificationPdfTest.printedCodes(SampleDocuments.text(document.getContent(), 1, 1));
        assertThat(codes).hasSize(1);
        return codes.get(0);
    }

    @Test
    void oneAddressTryingCodesByTheDozen_isSlowedDown_andOlderUnkeyedCodesStillVerify() throws Exception {
        String address = "10.9.8." + (System.nanoTime() % 200);
        // the limit counts per clock minute: start early in one, so that the look-ups below fall into the same
        long secondOfMinute = Instant.now().getEpochSecond() % 60;
        if (secondOfMinute > 45) {
            Thread.sleep((61 - secondOfMinute) * 1000);
        }
        for (int i = 0; i < 30; i++) {
            rateLimit.allow(address);
        }
        String refused = page(get("/verifikasi/3F9A1C2B7D4E88A0").with(r -> {
            r.setRemoteAddr(address);
            return r;
        }), 429);
        assertThat(refused).contains("Terlalu banyak pemeriksaan");

        // a document made before codes were keyed carries the unkeyed code of its facts: it is still genuine
        String suffix = suffix();
        GeneratedDocument keyed = assessmentResults.generate(nominee(period(suffix, "Periode kode lama"), suffix,
                "01", "Ahmad Fauzi, S.Kom.").getId());
        String legacy = DocumentFacts.of(keyed).legacyCode();
        jdbcUpdate("update generated_document set verification_code = ? where id = ?", legacy, keyed.getId());
        assertThat(page("/verifikasi/" + legacy, 200)).contains("ASLI");
    }

    @Test
    void storedFactsAlteredInTheDatabase_areNoLongerVouchedFor_whileAnUntouchedDocumentStillVerifies() throws Exception {
        String suffix = suffix();
        AwardPeriod period = period(suffix, "Periode diubah " + suffix);
        GeneratedDocument altered = assessmentResults.generate(nominee(period, suffix, "01", NAME).getId());
        GeneratedDocument moved = assessmentResults.generate(nominee(period, suffix, "02", "Rina Marlina, A.Md.Kep.")
                .getId());
        GeneratedDocument untouched = assessmentResults.generate(nominee(period, suffix, "03", "Ahmad Fauzi, S.Kom.")
                .getId());
        for (GeneratedDocument document : List.of(altered, moved, untouched)) {
            assertThat(verifier.verify(document.getVerificationCode()).status()).isEqualTo(DocumentVerifier.Status.GENUINE);
        }

        // someone with access to the database raises a total and moves a document to another nomination
        String facts = jdbc.queryForObject("select verification_facts from generated_document where id = ?",
                String.class, altered.getId());
        assertThat(facts).contains("Total skor\t70\n");
        assertThat(jdbc.update("update generated_document set verification_facts = ? where id = ?",
                facts.replace("Total skor\t70\n", "Total skor\t100\n"), altered.getId())).isEqualTo(1);
        assertThat(jdbc.update("update generated_document set subject_code = ? where id = ?",
                "TVER-" + suffix + "-99", moved.getId())).isEqualTo(1);

        for (GeneratedDocument document : List.of(altered, moved)) {
            String code = printedCode(document);
            DocumentVerifier.Result result = verifier.verify(code);
            assertThat(result.status()).as(code).isEqualTo(DocumentVerifier.Status.UNKNOWN);
            assertThat(result.facts()).as("no fact of a document it cannot vouch for").isEmpty();
            assertThat(page("/verifikasi/" + code, 404)).contains("TIDAK DIKENAL", code)
                    .doesNotContain("ASLI", "SUDAH DIGANTI", ">100<", "TVER-" + suffix + "-99");
        }
        String code = printedCode(untouched);
        assertThat(verifier.verify(code).status()).isEqualTo(DocumentVerifier.Status.GENUINE);
        assertThat(page("/verifikasi/" + code, 200)).contains("ASLI", "Ahmad Fauzi", ">70<")
                .doesNotContain("TIDAK DIKENAL");
    }

    private String page(String url, int status) throws Exception {
        return page(get(url), status);
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(result.getResponse().getHeader("X-Robots-Tag")).contains("noindex");
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void jdbcUpdate(String sql, Object... args) {
        jdbc.update(sql, args);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private AwardPeriod period(String suffix, String title) {
        return build.period("TVER-" + suffix).title(title).quotas(2, 3, 5).at(AwardPeriodStatus.DECREE).save();
    }

    /** A nominee of the period in an OPD of its own, with a filled and signed-off instrument (total 70). */
    private Nomination nominee(AwardPeriod period, String suffix, String number, String name) {
        Opd opd = build.opd("tver" + suffix.toLowerCase(Locale.ROOT) + number,
                "Dinas Uji Verifikasi " + suffix + (number.equals("01") ? "" : " " + number));
        return build.nominee(period, "TVER-" + suffix + "-" + number).name(name).in(opd).assessed().save();
    }
}

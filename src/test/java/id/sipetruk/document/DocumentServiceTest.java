package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.StatusPaths;
import id.sipetruk.WebAs;
import id.sipetruk.assessment.AssessmentInput;
import id.sipetruk.assessment.AssessmentResultDocument;
import id.sipetruk.assessment.BehaviourResult;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeDocuments;
import id.sipetruk.decree.DecreeService;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.nomination.NominationRepository;
import id.sipetruk.organization.Employee;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.panel.PanelScore;
import id.sipetruk.panel.PanelScoreRepository;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * DocumentService on the real schema, and the pages that show its documents. Every run uses its own codes
 * (random suffix) so rows left by earlier runs, e.g. on a PostgreSQL database kept between runs, do not matter.
 * <p>
 * The profile comes from the build like in the other Spring tests (surefire sets spring.profiles.active to
 * "test", or "test,postgres" with -Ppostgres-tests); a plain @SpringBootTest also shares their cached context.
 */
@SpringBootTest
class DocumentServiceTest {

    private static final String NAME = "Dr. Hj. Siti Nur'aini, S.Pd., M.M.";
    private static final String INNOVATION = "SILKA Online (Sistem Informasi Layanan Kepegawaian)";

    @Autowired PeriodBuilder build;
    @Autowired DocumentService documents;
    @Autowired AssessmentResultDocument assessmentResults;
    @Autowired DecreeDocuments decreeDocuments;
    @Autowired GeneratedDocumentRepository generated;
    @Autowired NominationRepository nominations;
    @Autowired PanelScoreRepository panelScores;
    @Autowired DecreeService decrees;
    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
    }

    record Scenario(String suffix, Opd opd, Employee employee, AwardPeriod period, Nomination nomination) {
    }

    @Test
    void assessmentResult_isStoredAsNewVersionsWithSha256_andServedWithTheDossier() throws Exception {
        Scenario s = scenario();

        GeneratedDocument first = assessmentResults.generate(s.nomination().getId());
        GeneratedDocument second = assessmentResults.generate(s.nomination().getId());

        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(second.getVersion()).isEqualTo(2);
        for (GeneratedDocument doc : List.of(first, second)) {
            assertThat(doc.getType()).isEqualTo(DocumentType.ASSESSMENT_RESULT);
            assertThat(doc.getSubjectCode()).isEqualTo(s.nomination().getCode());
            assertThat(doc.getSha256()).hasSize(64).isEqualTo(sha256(doc.getContent()));
            assertThat(doc.getFileName()).endsWith("-v" + doc.getVersion() + ".pdf");
        }
        GeneratedDocument stored = generated.findById(second.getId()).orElseThrow();
        assertThat(sha256(stored.getContent())).isEqualTo(stored.getSha256());
        assertThat(documents.latest(DocumentType.ASSESSMENT_RESULT, s.nomination().getCode()))
                .hasValueSatisfying(d -> assertThat(d.getId()).isEqualTo(second.getId()));
        assertThat(documents.forSubject(s.nomination().getCode())).extracting(GeneratedDocument::getId)
                .containsExactly(first.getId(), second.getId());

        String pdfText = SampleDocuments.text(stored.getContent());
        assertThat(pdfText).contains(NAME, s.employee().formattedNip(), "Total Skor", "Dinas Uji Dokumen " + s.suffix());
        assertThat(SampleDocuments.lines(pdfText)).anyMatch(l -> l.matches("Total Skor\\s+70"));
        assertThat(SampleDocuments.flowText(stored.getContent())).contains(INNOVATION,
                "Nilai e-Kinerja bulan Maret 2099 \u2265 85 \u2192 10", "Disetujui oleh: kepala.uji");

        // the PDF, inline
        MvcResult pdf = mvc.perform(get("/dokumen/{id}", second.getId())).andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(pdf.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline").contains(second.getFileName());
        assertThat(pdf.getResponse().getContentAsByteArray()).isEqualTo(stored.getContent());

        // unknown documents: the Indonesian 404 page
        for (String id : List.of("999999999999", "bukan-angka")) {
            MvcResult missing = mvc.perform(get("/dokumen/{id}", id)).andReturn();
            assertThat(missing.getResponse().getStatus()).isEqualTo(404);
            assertThat(missing.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
            assertThat(html(missing)).contains("Tidak ditemukan", "Dokumen " + id);
        }

        // the dossier
        MvcResult dossier = mvc.perform(get("/berkas/{code}", s.nomination().getCode())).andReturn();
        assertThat(dossier.getResponse().getStatus()).isEqualTo(200);
        assertThat(dossier.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        String page = html(dossier);
        SampleDocuments.keep("berkas.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains("Dr. Hj. Siti Nur&#39;aini, S.Pd., M.M.", s.employee().formattedNip(),
                "Analis Kebijakan Ahli Muda", "Dinas Uji Dokumen " + s.suffix(), s.period().getTitle(),
                "Verifikasi internal BKPSDM");
        assertThat(page).contains(INNOVATION, "Sesuai ekspektasi", ">70<", "Total skor");
        // user text is shown, never interpreted
        assertThat(page).contains("&lt;b&gt;tebal&lt;/b&gt;").doesNotContain("<b>tebal</b>");
        assertThat(page).contains("Persetujuan Kepala OPD", "Disetujui", "kepala.uji");
        assertThat(page).contains("panel.a", "panel.b", "Tidak menilai: Konflik kepentingan", "85");
        assertThat(page).contains("/dokumen/" + first.getId(), "/dokumen/" + second.getId(), stored.getSha256());

        MvcResult unknown = mvc.perform(get("/berkas/{code}", "TIDAK-ADA-" + s.suffix())).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(unknown)).contains("Berkas nominasi TIDAK-ADA-" + s.suffix(), "tidak ditemukan");
    }

    @Test
    void decreeVersionsAndCertificates_areLinkedFromThePeriodOverview() throws Exception {
        Scenario s = scenario();
        Nomination finalist = nominations.findById(s.nomination().getId()).orElseThrow();
        StatusPaths.finalist(finalist, 1, "85.00", "76.00");
        nominations.save(finalist);

        Decree decree = decrees.propose(s.period().getId(), List.of(finalist.getCode()), "admin.bkpsdm");
        GeneratedDocument draft = decreeDocuments.generateDecree(decree.getId());
        decrees.approve(decree.getId(), "bupati");
        decrees.issue(s.period().getId());
        GeneratedDocument issued = decreeDocuments.generateDecree(decree.getId());
        Long awardeeId = decrees.get(decree.getId()).getAwardees().get(0).getId();
        GeneratedDocument certificate = decreeDocuments.generateCertificate(awardeeId);

        assertThat(draft.getType()).isEqualTo(DocumentType.DECREE_DRAFT);
        assertThat(draft.getSubjectCode()).isEqualTo(s.period().getCode());
        assertThat(draft.getVersion()).isEqualTo(1);
        assertThat(issued.getVersion()).isEqualTo(2);
        String number = decrees.get(decree.getId()).getDecreeNumber();
        assertThat(SampleDocuments.flowText(draft.getContent())).contains("NOMOR DRAF", NAME);
        assertThat(SampleDocuments.flowText(issued.getContent())).contains("NOMOR " + number, NAME)
                .doesNotContain("NOMOR DRAF");
        assertThat(certificate.getType()).isEqualTo(DocumentType.CERTIFICATE);
        assertThat(certificate.getSubjectCode()).isEqualTo(finalist.getCode());
        assertThat(certificate.getSha256()).isEqualTo(sha256(certificate.getContent()));
        assertThat(SampleDocuments.text(certificate.getContent())).contains(NAME, "NIP " + s.employee().formattedNip());

        MvcResult overview = mvc.perform(get("/periode/{code}", s.period().getCode())).andReturn();
        assertThat(overview.getResponse().getStatus()).isEqualTo(200);
        assertThat(overview.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        String page = html(overview);
        SampleDocuments.keep("periode.html", page.getBytes(StandardCharsets.UTF_8));
        assertThat(page).contains(s.period().getTitle(), "Nilai e-Kinerja \u2265 85", "Kehadiran \u2265 95%",
                "Dinas Uji Dokumen " + s.suffix(), "Sudah mengusulkan", "Dr. Hj. Siti Nur&#39;aini",
                "/berkas/" + finalist.getCode(), "Finalis", "76", "Versi <span>1</span>", "Ditetapkan", number,
                "/dokumen/" + draft.getId(), "/dokumen/" + issued.getId(), "/dokumen/" + certificate.getId(),
                "ASN Berprestasi Terbaik 1");

        MvcResult css = mvc.perform(get("/css/sipetruk.css")).andReturn();
        assertThat(css.getResponse().getStatus()).isEqualTo(200);

        MvcResult unknown = mvc.perform(get("/periode/{code}", "TIDAK-ADA-" + s.suffix())).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(html(unknown)).contains("Periode TIDAK-ADA-" + s.suffix());
    }

    /** A period with one OPD, one nominee, a filled and signed-off instrument and two panel entries. */
    private Scenario scenario() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        Opd opd = build.opd("tdoc" + suffix.toLowerCase(Locale.ROOT), "Dinas Uji Dokumen " + suffix);
        AwardPeriod period = build.period("TDOC-" + suffix).title("ASN Berprestasi Uji " + suffix)
                .at(AwardPeriodStatus.DECREE).save();
        Nomination saved = build.nominee(period, "TDOC-" + suffix + "-01").name(NAME).in(opd)
                .assessed(new AssessmentInput(new BigDecimal("84"), new BigDecimal("94"), INNOVATION,
                        "Uraian <b>tebal</b> tetap teks biasa.", 40, BehaviourResult.AS_EXPECTED), 20).save();
        Employee employee = saved.getEmployee();
        panelScores.save(PanelScore.scored(saved, "panel.a", 80, 90));
        panelScores.save(PanelScore.abstention(saved, "panel.b", "Konflik kepentingan"));
        return new Scenario(suffix, opd, employee, period, saved);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

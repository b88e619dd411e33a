package id.sipetruk.web;

import static id.sipetruk.assessment.EvidenceFixtures.JPEG;
import static id.sipetruk.assessment.EvidenceFixtures.PDF;
import static id.sipetruk.assessment.EvidenceFixtures.PNG;
import static id.sipetruk.assessment.EvidenceFixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.sipetruk.WebAs;
import id.sipetruk.assessment.AssessmentResultDocument;
import id.sipetruk.assessment.EvidenceFixtures;
import id.sipetruk.assessment.EvidenceService;
import id.sipetruk.assessment.EvidenceSummary;
import id.sipetruk.document.DocumentService;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.OpdGroups;
import id.sipetruk.organization.RoleGroups;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/** The "Data dukung" section of the dossier page: upload, list, download, refusal; and the printout's list. */
@SpringBootTest
class EvidencePagesTest {

    @Autowired WebApplicationContext context;
    @Autowired EvidenceFixtures fixtures;
    @Autowired EvidenceService evidence;
    @Autowired DocumentService documents;
    @Autowired AssessmentResultDocument assessmentResults;
    MockMvc mvc;
    /** BKPSDM's verifier: sees every nomination, changes no evidence. */
    MockMvc bkpsdm;

    @BeforeEach
    void mockMvc() {
        bkpsdm = WebAs.login(context, "verifikator.uji", RoleGroups.BKPSDM_VERIFIER);
    }

    /** Logged in as the HR admin of the nomination's own OPD. */
    private MockMvc opdAdmin(Nomination n) {
        return WebAs.login(context, "admin.uji", OpdGroups.adminGroup(n.getOpd().getCode()));
    }

    @Test
    void upload_list_download_andARefusalInIndonesian() throws Exception {
        Nomination n = fixtures.nomination();
        mvc = opdAdmin(n);
        String dossier = "/berkas/" + n.getCode();

        // an empty section with the upload form
        String empty = page(mvc.perform(get(dossier)).andReturn());
        assertThat(empty).contains("Data dukung", "Belum ada data dukung.", "action=\"" + dossier + "/data-dukung?_csrf=",
                "enctype=\"multipart/form-data\"", "Paling besar <span>5 MB</span> per berkas");

        // two files in one upload
        MvcResult uploaded = mvc.perform(multipart(dossier + "/data-dukung")
                .file(new MockMultipartFile("berkas", "Piagam <Juara> 1.pdf", "application/pdf", PDF))
                .file(new MockMultipartFile("berkas", "foto lomba.png", "image/png", PNG))).andReturn();
        assertThat(uploaded.getResponse().getStatus()).isEqualTo(302);
        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo(dossier);
        String listed = page(mvc.perform(get(dossier).flashAttrs(uploaded.getFlashMap())).andReturn());
        assertThat(listed).contains("2 berkas data dukung tersimpan: Piagam _Juara_ 1.pdf, foto lomba.png.");
        // the OPD may not open the period page (other OPDs' scores), so its dossier does not link there
        assertThat(listed).doesNotContain("href=\"/periode/");
        assertThat(page(bkpsdm.perform(get(dossier)).andReturn())).contains("href=\"/periode/");
        assertThat(listed).contains(">Piagam _Juara_ 1.pdf<", ">foto lomba.png<", ">PDF<", ">PNG<",
                ">" + PDF.length + " B<", ">2 KB<", ">admin.uji<", ">Hapus<");

        List<EvidenceSummary> files = evidence.list(n.getCode());
        assertThat(files).hasSize(2);
        EvidenceSummary pdf = files.get(0);
        String url = dossier + "/data-dukung/" + pdf.getId();
        assertThat(listed).contains("href=\"" + url + "\"");

        MvcResult download = mvc.perform(get(url)).andReturn();
        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"Piagam _Juara_ 1.pdf\"; filename*=UTF-8''Piagam%20_Juara_%201.pdf");
        assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
        MvcResult image = mvc.perform(get(dossier + "/data-dukung/" + files.get(1).getId())).andReturn();
        assertThat(image.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(image.getResponse().getContentAsByteArray()).isEqualTo(PNG);

        // a text file called .pdf: the Indonesian message, nothing stored
        MvcResult refused = mvc.perform(multipart(dossier + "/data-dukung")
                .file(new MockMultipartFile("berkas", "laporan.pdf", "application/pdf", TEXT))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        String refusedPage = page(mvc.perform(get(dossier).flashAttrs(refused.getFlashMap())).andReturn());
        assertThat(refusedPage).contains("Berkas &quot;laporan.pdf&quot; bukan PDF, JPEG atau PNG.", "role=\"alert\"");
        assertThat(evidence.list(n.getCode())).hasSize(2);

        // nothing chosen
        MvcResult none = mvc.perform(multipart(dossier + "/data-dukung")
                .file(new MockMultipartFile("berkas", "", "application/octet-stream", new byte[0]))).andReturn();
        assertThat(none.getFlashMap().get("evidenceError")).isEqualTo("Pilih sedikitnya satu berkas data dukung untuk diunggah.");

        // another OPD's admin and BKPSDM may neither upload nor remove: 403, nothing changed
        MockMvc otherOpd = WebAs.login(context, "admin.lain", OpdGroups.adminGroup("lain"));
        assertThat(otherOpd.perform(post(url + "/hapus")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(bkpsdm.perform(post(url + "/hapus")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(otherOpd.perform(multipart(dossier + "/data-dukung")
                .file(new MockMultipartFile("berkas", "a.pdf", "application/pdf", PDF))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        // ... nor see the dossier or download its files
        assertThat(otherOpd.perform(get(dossier)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(otherOpd.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(evidence.list(n.getCode())).hasSize(2);

        // a file is downloaded only under its own nomination; unknown ids give the 404 page
        Nomination other = fixtures.nomination();
        for (String wrong : List.of("/berkas/" + other.getCode() + "/data-dukung/" + pdf.getId(),
                dossier + "/data-dukung/999999999999", dossier + "/data-dukung/bukan-angka")) {
            MvcResult missing = bkpsdm.perform(get(wrong)).andReturn();
            assertThat(missing.getResponse().getStatus()).as(wrong).isEqualTo(404);
            assertThat(page(missing)).contains("Tidak ditemukan");
        }
        assertThat(mvc.perform(multipart("/berkas/TIDAK-ADA-" + n.getCode() + "/data-dukung")
                .file(new MockMultipartFile("berkas", "a.pdf", "application/pdf", PDF))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theAssessmentPrintout_listsTheEvidence() throws Exception {
        Nomination without = fixtures.nomination();
        fixtures.assess(without);
        String none = text(assessmentResults.generate(without.getId()));
        assertThat(none).contains("Data dukung", "Tidak ada data dukung");

        Nomination with = fixtures.nomination();
        evidence.upload(with.getCode(), "SK Tim Inovasi 2099.pdf", PDF, "admin.uji");
        evidence.upload(with.getCode(), "foto penyerahan.jpg", JPEG, "admin.uji");
        fixtures.assess(with);
        GeneratedDocument printout = assessmentResults.generate(with.getId());
        String text = text(printout);
        assertThat(text).contains("Data dukung", "Nama berkas", "SK Tim Inovasi 2099.pdf", "foto penyerahan.jpg",
                "PDF", "JPEG", PDF.length + " B", "300 B").doesNotContain("Tidak ada data dukung");
        assertThat(text.indexOf("SK Tim Inovasi 2099.pdf")).isLessThan(text.indexOf("foto penyerahan.jpg"));

        // after the OPD head's approval the nomination is with BKPSDM: the dossier shows the list without the form
        String page = page(opdAdmin(with).perform(get("/berkas/" + with.getCode())).andReturn());
        assertThat(page).contains("SK Tim Inovasi 2099.pdf", "Data dukung hanya dapat ditambah atau dihapus selama")
                .doesNotContain("enctype=\"multipart/form-data\"", ">Hapus<");
    }

    private static String text(GeneratedDocument document) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(document.getContent())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String page(MvcResult result) throws Exception {
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

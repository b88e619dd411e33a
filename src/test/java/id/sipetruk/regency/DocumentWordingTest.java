package id.sipetruk.regency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.WebAs;
import id.sipetruk.decree.Decree;
import id.sipetruk.decree.DecreeDocuments;
import id.sipetruk.decree.DecreeService;
import id.sipetruk.document.GeneratedDocument;
import id.sipetruk.document.GeneratedDocumentRepository;
import id.sipetruk.document.SampleDocuments;
import id.sipetruk.nomination.Nomination;
import id.sipetruk.organization.Opd;
import id.sipetruk.organization.RoleGroups;
import id.sipetruk.period.AwardPeriod;
import id.sipetruk.period.AwardPeriodStatus;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The legal wording of the decree and the certificate is data: BKPSDM saves versions on /pengaturan/naskah, documents
 * issued afterwards print the new version, documents already issued keep theirs (and name it), wrong input is
 * refused in Indonesian with nothing stored, and the preview prints the typed wording without storing it.
 */
@SpringBootTest
class DocumentWordingTest {

    @Autowired PeriodBuilder build;
    @Autowired WordingService wordings;
    @Autowired RegencySettingsService regency;
    @Autowired DocumentWordingRepository versions;
    @Autowired DecreeService decrees;
    @Autowired DecreeDocuments decreeDocuments;
    @Autowired GeneratedDocumentRepository generated;
    @Autowired WebApplicationContext context;

    @Test
    void aNewVersionIsPrintedOnDocumentsIssuedAfterIt_andIssuedDocumentsKeepTheirWording() throws Exception {
        String suffix = suffix();
        Decree decree = approvedDecree(suffix);
        GeneratedDocument before = decreeDocuments.generateDecree(decree.getId());
        int versionBefore = before.getWordingVersion();
        assertThat(versions.findByVersion(versionBefore)).as("the wording it names is stored").isPresent();

        MockMvc bkpsdm = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        MvcResult saved = bkpsdm.perform(valid(suffix)).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/pengaturan/naskah");
        Wording current = wordings.current();
        assertThat(current.version()).isGreaterThan(versionBefore);
        assertThat(current.considerations()).contains("bahwa pertimbangan uji " + suffix + " berlaku di {kabupaten};");

        GeneratedDocument after = decreeDocuments.generateDecree(decree.getId());
        String afterText = SampleDocuments.flowText(after.getContent());
        String regencyName = regency.effective().name();
        assertThat(afterText).contains("pertimbangan uji " + suffix + " berlaku di " + regencyName,
                "Peraturan Uji " + suffix + " tentang Naskah", "KELIMA", "Diktum kelima uji " + suffix + ".");
        assertThat(after.getWordingVersion()).isEqualTo(current.version());

        GeneratedDocument kept = generated.findById(before.getId()).orElseThrow();
        assertThat(kept.getWordingVersion()).isEqualTo(versionBefore);
        assertThat(kept.getSha256()).isEqualTo(before.getSha256());
        assertThat(SampleDocuments.flowText(kept.getContent())).doesNotContain("pertimbangan uji " + suffix);

        GeneratedDocument certificate = decreeDocuments.generateCertificate(
                decrees.get(decree.getId()).getAwardees().get(0).getId());
        assertThat(SampleDocuments.flowText(certificate.getContent()))
                .contains("Penghargaan uji " + suffix, "Atas jasa uji " + suffix + ".");
        assertThat(certificate.getWordingVersion()).isEqualTo(current.version());

        String page = html(bkpsdm.perform(get("/pengaturan/naskah")).andReturn());
        assertThat(page).contains("Berlaku: versi <strong>" + current.version() + "</strong>",
                "pertimbangan uji " + suffix + " berlaku di {kabupaten};");
    }

    @Test
    void wrongWording_isRefusedInIndonesian_andNothingIsStored() throws Exception {
        String suffix = suffix();
        MockMvc bkpsdm = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        long stored = versions.count();

        MvcResult unknown = bkpsdm.perform(with(suffix, "dicta", "Berlaku di {kota} sejak ditetapkan."))
                .andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(unknown)).contains("Isian &quot;Diktum&quot; memuat {kota}, yang tidak dikenal. Yang dapat "
                + "dipakai: {kabupaten}, {bupati}, {bkpsdm}, {tahun}.", "Berlaku di {kota} sejak ditetapkan.");

        MvcResult empty = bkpsdm.perform(with(suffix, "considerations", "  \n ")).andReturn();
        assertThat(empty.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(empty)).contains("Isian &quot;Menimbang&quot; wajib diisi.");

        MvcResult tooMany = bkpsdm.perform(with(suffix, "dicta", "satu\ndua\ntiga\nempat\nlima\nenam\n"
                + "tujuh\ndelapan\nsembilan\nsepuluh")).andReturn();
        assertThat(html(tooMany)).contains("Isian &quot;Diktum&quot; paling banyak 9 baris; isian ini 10 baris.");

        MvcResult emoji = bkpsdm.perform(with(suffix, "certificateCitation", "Selamat \uD83C\uDF89"))
                .andReturn();
        assertThat(html(emoji)).contains("Isian &quot;Piagam: baris penutup&quot; memuat karakter yang tidak dapat dicetak");

        assertThat(versions.count()).as("nothing stored").isEqualTo(stored);
    }

    @Test
    void thePreviewPrintsTheTypedWording_withoutStoringIt_andOnlyBkpsdmReachesThePage() throws Exception {
        String suffix = suffix();
        MockMvc bkpsdm = WebAs.login(context, "bkpsdm.uji", RoleGroups.BKPSDM_ADMIN);
        long stored = versions.count();
        long documents = generated.count();

        MvcResult decree = bkpsdm.perform(valid(suffix, "/pengaturan/naskah/pratinjau/sk")).andReturn();
        assertThat(decree.getResponse().getStatus()).isEqualTo(200);
        assertThat(decree.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(SampleDocuments.flowText(decree.getResponse().getContentAsByteArray()))
                .contains("PRATINJAU", "pertimbangan uji " + suffix, "Nama Contoh Penerima");
        MvcResult certificate = bkpsdm.perform(valid(suffix, "/pengaturan/naskah/pratinjau/piagam")).andReturn();
        assertThat(SampleDocuments.flowText(certificate.getResponse().getContentAsByteArray()))
                .contains("Penghargaan uji " + suffix);
        assertThat(versions.count()).isEqualTo(stored);
        assertThat(generated.count()).isEqualTo(documents);

        MockMvc head = WebAs.login(context, "kepala.uji", "opd-uji-head");
        assertThat(head.perform(get("/pengaturan/naskah")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(head.perform(valid(suffix)).andReturn().getResponse().getStatus()).isEqualTo(403);
        MockMvc bupati = WebAs.login(context, "bupati.uji", RoleGroups.BUPATI);
        assertThat(bupati.perform(valid(suffix, "/pengaturan/naskah/pratinjau/sk")).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(versions.count()).isEqualTo(stored);
    }

    private static MockHttpServletRequestBuilder valid(String suffix) {
        return valid(suffix, "/pengaturan/naskah");
    }

    private static MockHttpServletRequestBuilder valid(String suffix, String path) {
        return wording(suffix, path, Map.of());
    }

    /** The valid wording of {@link #valid}, some fields replaced. */
    private static MockHttpServletRequestBuilder with(String suffix, String field, String value) {
        return wording(suffix, "/pengaturan/naskah", Map.of(field, value));
    }

    private static MockHttpServletRequestBuilder wording(String suffix, String path, Map<String, String> replaced) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("considerations", "bahwa pertimbangan uji " + suffix + " berlaku di {kabupaten};\n"
                + "bahwa {bupati} perlu menetapkan keputusan Tahun {tahun};");
        fields.put("legalBasis", "Peraturan Uji " + suffix + " tentang Naskah\nPeraturan {bkpsdm} Nomor 1");
        fields.put("dicta", "Diktum pertama uji.\nDiktum kedua.\nDiktum ketiga.\nDiktum keempat.\n"
                + "Diktum kelima uji " + suffix + ".");
        fields.put("certificateAward", "Penghargaan uji " + suffix + " di {kabupaten}");
        fields.put("certificateCitation", "Atas jasa uji " + suffix + ".");
        fields.putAll(replaced);
        MockHttpServletRequestBuilder request = post(path);
        fields.forEach(request::param);
        return request;
    }

    /** A period (2094) with one finalist and its approved, numbered decree. */
    private Decree approvedDecree(String suffix) {
        Opd opd = build.inactiveOpd("twrd" + suffix.toLowerCase(Locale.ROOT), "Dinas Uji Naskah " + suffix);
        AwardPeriod period = build.period("TWRD-" + suffix).year(2094).title("Uji naskah " + suffix).quotas(1, 1, 1)
                .at(AwardPeriodStatus.DECREE).save();
        Nomination finalist = build.nominee(period, "TWRD-" + suffix + "-1").in(opd).finalist(1, "80.00", "80.00")
                .save();
        Decree decree = decrees.propose(period.getId(), List.of(finalist.getCode()), "bkpsdm.test");
        decrees.approve(decree.getId(), "bupati.test");
        decrees.issue(period.getId());
        return decree;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}

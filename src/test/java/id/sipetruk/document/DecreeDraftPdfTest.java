package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DecreeDraftPdfTest {

    private static final Pattern NIP = Pattern.compile("\\d{8} \\d{6} [12] \\d{3}");

    @Test
    void draftHasTheDecreeTextAndAnAnnexWithExactlyTheAwardeesInOrder() {
        List<DecreeDraftData.Awardee> awardees = SampleDocuments.threeAwardees();
        byte[] pdf = new DecreeDraftPdf().render(SampleDocuments.decree(null, awardees));
        SampleDocuments.keep("sk-draf.pdf", pdf);

        String text = SampleDocuments.text(pdf);
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("KEPUTUSAN BUPATI BALANGAN", "NOMOR DRAF", "TENTANG",
                "PENETAPAN APARATUR SIPIL NEGARA BERPRESTASI",
                "DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN TAHUN 2026");
        assertThat(flat).contains("Menimbang", "Mengingat", "MEMUTUSKAN", "Menetapkan", "KESATU", "KEDUA", "KETIGA",
                "KEEMPAT");
        assertThat(flat).contains("Peraturan Pemerintah Nomor 30 Tahun 2019", "Peraturan Pemerintah Nomor 11 Tahun 2017",
                "Nomor 6 Tahun 2022", "Peraturan Bupati Balangan Nomor 19 Tahun 2023");
        assertThat(flat).contains("Ditetapkan di Paringin", "BUPATI BALANGAN,", "(NAMA BUPATI)");

        // the annex: after the decree body, exactly the awardees, in the given order
        int annexStart = flat.indexOf("LAMPIRAN KEPUTUSAN BUPATI BALANGAN");
        assertThat(annexStart).isPositive();
        String annex = flat.substring(annexStart);
        assertThat(annex).contains("DAFTAR APARATUR SIPIL NEGARA BERPRESTASI", "No", "Nama", "NIP", "Jabatan", "OPD",
                "Penghargaan");
        List<String> nips = new ArrayList<>();
        Matcher m = NIP.matcher(annex);
        while (m.find()) {
            nips.add(m.group());
        }
        assertThat(nips).containsExactlyElementsOf(awardees.stream().map(a -> a.nominee().nip()).toList());
        int previous = -1;
        for (DecreeDraftData.Awardee awardee : awardees) {
            int at = annex.indexOf(awardee.nominee().name());
            assertThat(at).as(awardee.nominee().name()).isGreaterThan(previous);
            assertThat(annex).contains(awardee.awardTitle());
            assertThat(SampleDocuments.flowText(pdf)).contains(awardee.nominee().opdName());
            previous = at;
        }
        assertThat(annex).doesNotContain(SampleDocuments.RIZKI.name());
        assertThat(flat.substring(0, annexStart)).doesNotContain(SampleDocuments.SITI.name());
    }

    @Test
    void approvedDecreeCarriesItsNumberAndDate() {
        byte[] pdf = new DecreeDraftPdf().render(SampleDocuments.decree("800.1.13/001/BKPSDM/2026",
                SampleDocuments.threeAwardees().subList(0, 1)));
        SampleDocuments.keep("sk-ditetapkan.pdf", pdf);
        String flat = SampleDocuments.text(pdf).replaceAll("\\s+", " ");
        assertThat(flat).contains("NOMOR 800.1.13/001/BKPSDM/2026", "pada tanggal 22 November 2026");
        assertThat(flat).doesNotContain("NOMOR DRAF");
    }

    @Test
    void manyAwardeesContinueTheAnnexOnTheNextPage() {
        List<DecreeDraftData.Awardee> many = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            Nominee base = i % 2 == 0 ? SampleDocuments.SITI : SampleDocuments.RIZKI;
            many.add(new DecreeDraftData.Awardee(i, new Nominee(base.name() + " " + i, base.nip(), base.position(),
                    base.opdName()), "ASN Berprestasi Terbaik " + i));
        }
        byte[] pdf = new DecreeDraftPdf().render(SampleDocuments.decree(null, many));
        SampleDocuments.keep("sk-22.pdf", pdf);
        String flat = SampleDocuments.text(pdf).replaceAll("\\s+", " ");
        String annex = flat.substring(flat.indexOf("LAMPIRAN KEPUTUSAN"));
        Matcher m = NIP.matcher(annex);
        int count = 0;
        while (m.find()) {
            count++;
        }
        assertThat(count).isEqualTo(22);
        assertThat(annex.indexOf("Terbaik 21")).isLessThan(annex.indexOf("Terbaik 22"));
    }
}

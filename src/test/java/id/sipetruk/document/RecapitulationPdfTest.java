package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.regency.Regency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecapitulationPdfTest {

    static RecapitulationData recap() {
        RecapitulationData.Row siti = new RecapitulationData.Row("P2026-BAPPEDA-01", SampleDocuments.SITI, 10, 10, 30,
                20, 15, 85, "Memenuhi syarat", new BigDecimal("70.00"), new BigDecimal("79.00"), 1,
                "Penerima penghargaan");
        RecapitulationData.Row andhani = new RecapitulationData.Row("P2026-BKPSDM-01", SampleDocuments.ANDHANI, 0, 0, 40,
                10, 20, 70, "Memenuhi syarat", new BigDecimal("85.25"), new BigDecimal("76.10"), 2,
                "Finalis, bukan penerima penghargaan");
        RecapitulationData.Row rizki = new RecapitulationData.Row("P2026-PUPR-01", SampleDocuments.RIZKI, 10, 0, 20,
                10, 10, 50, "Tidak memenuhi syarat", null, null, null, "Tidak memenuhi syarat");
        RecapitulationData.Row rina = new RecapitulationData.Row("P2026-PUPR-02", SampleDocuments.RINA, 10, 10, 10, 0,
                10, 40, "Memenuhi syarat", null, null, null, "Tidak masuk daftar finalis");
        return new RecapitulationData(Regency.balangan(), "P2026", "ASN Berprestasi Tahun 2026", 2026, "Selesai", null,
                "800.1.13/001/BKPSDM/2026", 60, 40, LocalDate.of(2026, 11, 23), List.of(
                new RecapitulationData.OpdGroup("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "Sudah mengusulkan",
                        List.of(andhani)),
                new RecapitulationData.OpdGroup("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
                        "Sudah mengusulkan", List.of(siti)),
                new RecapitulationData.OpdGroup("Dinas Kesehatan", "Tidak mengusulkan", List.of()),
                new RecapitulationData.OpdGroup("Dinas Pekerjaan Umum dan Penataan Ruang", "Sudah mengusulkan",
                        List.of(rizki, rina))), 1, SampleDocuments.GENERATED);
    }

    @Test
    void recapListsEveryNomineeUnderItsOpd_withScoresTotalsRanks_andTheOpdThatNominatedNobody() {
        RecapitulationData data = recap();
        Verification verification = Verification.of(DocumentFacts.of(data).code(VerificationPdfTest.KEY), VerificationPdfTest.PUBLIC_URL);
        byte[] pdf = new RecapitulationPdf().render(data, verification);
        SampleDocuments.keep("rekapitulasi.pdf", pdf);

        String flat = SampleDocuments.text(pdf).replaceAll("\\s+", " ");
        assertThat(flat).contains("REKAPITULASI PENILAIAN APARATUR SIPIL NEGARA BERPRESTASI",
                "DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN TAHUN 2026", "ASN Berprestasi Tahun 2026 (P2026)",
                "4 OPD diundang, 3 mengusulkan, 1 tidak mengusulkan", "Nomor 800.1.13/001/BKPSDM/2026",
                "Paringin, 23 November 2026");
        assertThat(flat).contains("Kinerja", "Disiplin", "Inovasi", "Perilaku", "Team Work", "Total", "Peringkat");

        // grouped by OPD, in the given order; each nominee after his own OPD's row
        int bkpsdm = flat.indexOf("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia (1 calon)");
        int bappeda = flat.indexOf("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah (1 calon)");
        int dinkes = flat.indexOf("Dinas Kesehatan \u2013 tidak mengusulkan");
        int pupr = flat.indexOf("Dinas Pekerjaan Umum dan Penataan Ruang (2 calon)");
        assertThat(bkpsdm).isPositive();
        assertThat(bappeda).isGreaterThan(bkpsdm);
        assertThat(dinkes).isGreaterThan(bappeda);
        assertThat(pupr).isGreaterThan(dinkes);
        assertThat(flat.indexOf(SampleDocuments.ANDHANI.name())).isBetween(bkpsdm, bappeda);
        assertThat(flat.indexOf(SampleDocuments.SITI.nip())).isBetween(bappeda, dinkes);
        assertThat(flat.indexOf(SampleDocuments.RIZKI.name())).isGreaterThan(pupr);
        assertThat(flat.indexOf(SampleDocuments.RINA.name())).isGreaterThan(flat.indexOf(SampleDocuments.RIZKI.name()));

        // indicator scores, total, verification, panel score, final score, final rank, final status
        assertThat(flat).contains("1. ANDHANI ARBISCHIRIA, S.Kom 0 0 40 10 20 70 Memenuhi syarat 85,25 76,1 2");
        assertThat(flat).contains("10 10 30 20 15 85 Memenuhi syarat 70 79 1 Penerima penghargaan");
        assertThat(flat).contains("10 0 20 10 10 50 Tidak memenuhi syarat - - - Tidak memenuhi syarat");
        assertThat(flat).contains("10 10 10 0 10 40 Memenuhi syarat - - - Tidak masuk daftar");
        assertThat(flat).contains("Kode verifikasi: " + verification.grouped());
        assertThat(SampleDocuments.flowText(pdf)).contains("Finalis, bukan penerima penghargaan",
                "Tidak masuk daftar finalis");
    }

    @Test
    void factsCountTheOpdsAndNameTheRankedFinalistsOnly() {
        DocumentFacts facts = DocumentFacts.of(recap());
        assertThat(facts.type()).isEqualTo(DocumentType.RECAPITULATION);
        assertThat(facts.serialized()).contains("OPD\t4 diundang, 3 mengusulkan, 1 tidak mengusulkan",
                "Jumlah calon\t4", "Peringkat akhir 1\t" + SampleDocuments.SITI.name())
                .doesNotContain(SampleDocuments.RIZKI.name());
    }

    @Test
    void aPeriodClosedWithoutAwardPrintsItsReason() {
        RecapitulationData closed = new RecapitulationData(Regency.balangan(), "P2027", "ASN Berprestasi Tahun 2027",
                2027, "Ditutup tanpa penerima penghargaan", "Ditutup: tidak ada nominasi yang memenuhi syarat (1 nominasi).",
                null, 60, 40, LocalDate.of(2027, 10, 1), List.of(
                new RecapitulationData.OpdGroup("Dinas Kesehatan", "Tidak mengusulkan", List.of()),
                new RecapitulationData.OpdGroup("Dinas Pekerjaan Umum dan Penataan Ruang", "Sudah mengusulkan",
                        List.of(recap().opds().get(3).rows().get(0)))), 1, SampleDocuments.GENERATED);
        byte[] pdf = new RecapitulationPdf().render(closed);
        SampleDocuments.keep("rekapitulasi-tanpa-penerima.pdf", pdf);
        String flat = SampleDocuments.text(pdf).replaceAll("\\s+", " ");
        assertThat(flat).contains("Ditutup tanpa penerima penghargaan", "tidak ada nominasi yang memenuhi syarat",
                "Dinas Kesehatan \u2013 tidak mengusulkan", SampleDocuments.RIZKI.name());
        assertThat(flat).doesNotContain("Keputusan Bupati");
    }

    @Test
    void aLongRecapRepeatsTheColumnHeadsOnEveryPage() {
        List<RecapitulationData.OpdGroup> groups = new java.util.ArrayList<>();
        int n = 1;
        for (int opd = 1; opd <= 12; opd++) {
            List<RecapitulationData.Row> rows = new java.util.ArrayList<>();
            for (int i = 0; i < (opd % 4 == 0 ? 0 : 2); i++) {
                Nominee base = n % 2 == 0 ? SampleDocuments.SITI : SampleDocuments.RIZKI;
                rows.add(new RecapitulationData.Row("P2026-" + n, new Nominee(base.name() + " " + n, base.nip(),
                        base.position(), "OPD " + opd), 10, 10, 30, 10, 15, 75, "Memenuhi syarat", null, null, null,
                        "Tidak masuk daftar finalis"));
                n++;
            }
            groups.add(new RecapitulationData.OpdGroup("Organisasi Perangkat Daerah Nomor " + opd,
                    rows.isEmpty() ? "Tidak mengusulkan" : "Sudah mengusulkan", rows));
        }
        RecapitulationData data = new RecapitulationData(Regency.balangan(), "P2026", "ASN Berprestasi Tahun 2026", 2026,
                "Selesai", null, null, 60, 40, LocalDate.of(2026, 11, 23), groups, 1, SampleDocuments.GENERATED);
        byte[] pdf = new RecapitulationPdf().render(data,
                Verification.of(DocumentFacts.of(data).code(VerificationPdfTest.KEY), VerificationPdfTest.PUBLIC_URL));
        SampleDocuments.keep("rekapitulasi-panjang.pdf", pdf);
        int pages = SampleDocuments.pages(pdf);
        assertThat(pages).isGreaterThan(1);
        for (int page = 1; page <= pages; page++) {
            String text = SampleDocuments.text(pdf, page, page);
            assertThat(text).contains("Kode verifikasi");
            if (text.contains("Organisasi Perangkat Daerah Nomor")) {
                assertThat(text).as("page %d", page).contains("Hasil verifikasi");
            }
        }
        String flat = SampleDocuments.text(pdf).replaceAll("\\s+", " ");
        assertThat(flat).contains("Organisasi Perangkat Daerah Nomor 12 \u2013 tidak mengusulkan", "18.");
    }
}

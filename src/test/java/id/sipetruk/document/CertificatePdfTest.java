package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class CertificatePdfTest {

    @Test
    void certificateShowsTheNameWithTitlesAndTheNipOnOneLandscapePage() throws Exception {
        byte[] pdf = new CertificatePdf().render(SampleDocuments.certificate());
        SampleDocuments.keep("piagam.pdf", pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = document.getPage(0).getMediaBox();
            boolean turned = document.getPage(0).getRotation() % 180 != 0;
            float width = turned ? box.getHeight() : box.getWidth();
            float height = turned ? box.getWidth() : box.getHeight();
            assertThat(width).as("landscape").isGreaterThan(height);
        }
        String text = SampleDocuments.text(pdf);
        assertThat(SampleDocuments.lines(text)).contains("Dr. Hj. Siti Nur'aini, S.Pd., M.M.",
                "NIP 19850214 201001 2 002", "ASN Berprestasi Terbaik 1", "PEMERINTAH KABUPATEN BALANGAN");
        // large letters: PDFBox may read a gap into the word, so compare without spaces
        assertThat(text.replace(" ", "")).contains("PIAGAMPENGHARGAAN");
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Analis Kebijakan Ahli Muda", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
                "Tahun 2026", "Paringin, 22 November 2026", "BUPATI BALANGAN,", "800.1.13/001/BKPSDM/2026");
    }

    @Test
    void longPositionAndOpdStillFitOnOnePage() {
        CertificateData base = SampleDocuments.certificate();
        Nominee longer = new Nominee("Prof. Dr. Ir. H. Muhammad Abdurrahman Wahid Syahrial Noor Hidayatullah, S.T., M.T.",
                base.nominee().nip(), "Kepala Seksi Pengembangan Kompetensi dan Penilaian Kinerja Aparatur pada Bidang "
                        + "Pengembangan Sumber Daya Manusia Aparatur Sipil Negara dan Sistem Informasi Kepegawaian",
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Balangan Provinsi Kalimantan Selatan");
        byte[] pdf = new CertificatePdf().render(new CertificateData(base.regency(), longer, base.awardTitle(),
                base.year(), base.decreeNumber(), base.date(), base.nominationCode(), base.version(), base.generatedAt()));
        SampleDocuments.keep("piagam-panjang.pdf", pdf);
        assertThat(SampleDocuments.pages(pdf)).isEqualTo(1);
        assertThat(SampleDocuments.flowText(pdf)).contains(longer.name(), "(NAMA BUPATI)");
    }
}

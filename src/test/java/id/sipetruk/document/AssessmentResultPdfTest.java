package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.organization.Predikat;
import id.sipetruk.period.KinerjaMeasure;
import id.sipetruk.period.Rubric;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentResultPdfTest {

    @Test
    void printsTheSeedExample() {
        byte[] pdf = new AssessmentResultPdf().render(SampleDocuments.seedAssessment());
        SampleDocuments.keep("hasil-penilaian.pdf", pdf);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(SampleDocuments.pages(pdf)).isEqualTo(1);
        String text = SampleDocuments.text(pdf);
        List<String> lines = SampleDocuments.lines(text);
        String flow = SampleDocuments.flowText(pdf);

        assertThat(lines).contains("PENILAIAN INSTRUMEN KINERJA (PETRUK)",
                "DI LINGKUNGAN PEMERINTAH DAERAH KABUPATEN BALANGAN",
                "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA");
        assertThat(text).contains("NAMA LENGKAP", "ANDHANI ARBISCHIRIA, S.Kom", "JABATAN",
                "Kepala Sub Bidang Informasi Kepegawaian");
        assertThat(text).contains("19810407 200001 1 001");
        // the total, large, with its caption
        int caption = lines.indexOf("Total Skor");
        assertThat(caption).as("caption under the large total").isPositive();
        assertThat(lines.get(caption - 1)).endsWith(" 70");
        assertThat(lines).anyMatch(l -> l.matches("Total Skor\\s+70"));

        // each indicator: criterion from the rubric, the raw value, the score
        assertThat(flow).contains("Nilai e-Kinerja bulan Maret 2021 \u2265 85 \u2192 10");
        assertThat(text).contains("e-Kinerja Maret 2021: 84");
        assertThat(lines).anyMatch(l -> l.startsWith("Kinerja ") && l.endsWith(" 0"));
        assertThat(flow).contains("Persentase kehadiran bulan Maret 2021 \u2265 95% \u2192 10");
        assertThat(text).contains("Kehadiran Maret 2021: 94%");
        assertThat(lines).anyMatch(l -> l.startsWith("Disiplin ") && l.endsWith(" 0"));
        assertThat(flow).contains("SILKA Online (Sistem Informasi Layanan Kepegawaian)");
        assertThat(lines).anyMatch(l -> l.startsWith("Inovasi ") && l.endsWith(" 40"));
        assertThat(flow).contains("Hasil penilaian e-Perilaku 360\u00b0: Di atas ekspektasi 20, Sesuai ekspektasi 10, Di bawah ekspektasi 0");
        assertThat(flow).contains("skor 10, 15 atau 20", "skor 10, 20, 30 atau 40");
        assertThat(lines).anyMatch(l -> l.startsWith("Perilaku ") && l.contains("Sesuai ekspektasi") && l.endsWith(" 10"));
        assertThat(lines).anyMatch(l -> l.startsWith("Team Work ") && l.endsWith(" 20"));

        // signature of the OPD head, and the sign-off recorded in the application
        assertThat(text).contains("Paringin, 6 April 2021");
        assertThat(text).contains("Kepala Badan Kepegawaian dan Pengembangan");
        assertThat(text).contains("Disetujui oleh: kepala.bkpsdm", "Pada: 6 April 2021 pukul 14.05");
        assertThat(text).contains("P2021-BKPSDM-01");
    }

    @Test
    void longTextWrapsAndForeignCharactersStayVisible() {
        AssessmentResultData seed = SampleDocuments.seedAssessment();
        String longName = "Prof. Dr. Ir. H. Muhammad Abdurrahman Wahid Syahrial Noor Hidayatullah, S.T., M.T., M.Sc.";
        String longPosition = "Kepala Seksi Pengembangan Kompetensi dan Penilaian Kinerja Aparatur pada Bidang "
                + "Pengembangan Sumber Daya Manusia Aparatur Sipil Negara";
        AssessmentResultData data = new AssessmentResultData(seed.regency(), seed.nominationCode(), seed.periodTitle(),
                new Nominee(longName, seed.nominee().nip(), longPosition, seed.nominee().opdName()),
                seed.referenceMonth(), seed.rubric(),
                new AssessmentResultData.Scores(seed.scores().eKinerjaValue(), null, 0, new java.math.BigDecimal("95.50"), 10,
                        "Inovasi \u2192 <b>bukan markup</b> \u2265 85", "Uraian ".repeat(300), 30, null, null, null, null),
                new AssessmentResultData.SignOff(null, null, null, null), seed.signDate(), 3, seed.generatedAt());
        byte[] pdf = new AssessmentResultPdf().render(data);
        SampleDocuments.keep("hasil-penilaian-panjang.pdf", pdf);
        String flat = SampleDocuments.flowText(pdf);

        assertThat(flat).contains(longName, longPosition);
        assertThat(flat).contains("Kehadiran Maret 2021: 95,5%");
        // the embedded font has the arrow and the sign; markup stays text
        assertThat(flat).contains("Inovasi \u2192 <b>bukan markup</b> \u2265 85");
        assertThat(flat).contains("Belum disetujui Kepala OPD.");
        assertThat(SampleDocuments.pages(pdf)).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPeriodScoringThePredikat_printsThePredikatAndItsCriterion() {
        AssessmentResultData seed = SampleDocuments.seedAssessment();
        Rubric rubric = new Rubric();
        rubric.scoreKinerjaBy(KinerjaMeasure.PREDIKAT, Predikat.BAIK.andBetter());
        AssessmentResultData.Scores scores = seed.scores();
        AssessmentResultData data = new AssessmentResultData(seed.regency(), seed.nominationCode(), seed.periodTitle(),
                seed.nominee(), seed.referenceMonth(), rubric.printed(), new AssessmentResultData.Scores(null,
                        Predikat.BAIK.label(), 10, scores.attendancePercent(), scores.disiplinScore(),
                        scores.innovationName(), scores.innovationDescription(), scores.innovationScore(),
                        scores.behaviourResult(), scores.perilakuScore(), scores.teamWorkScore(), 80),
                seed.signOff(), seed.signDate(), 1, seed.generatedAt(), List.of());
        String flow = SampleDocuments.flowText(new AssessmentResultPdf().render(data));

        assertThat(flow).contains("e-Kinerja Maret 2021: Baik",
                "Predikat kinerja bulan Maret 2021 Sangat Baik atau Baik \u2192 10; selain itu \u2192 0");
    }
}

package id.sipetruk.document;

import id.sipetruk.assessment.BehaviourResult;
import id.sipetruk.common.Messages;
import id.sipetruk.period.Rubric;
import id.sipetruk.regency.Regency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The seed's example (001_*: "Cetak File Hasil Penilaian") and a few more people, as plain data. */
public final class SampleDocuments {

    public static final LocalDateTime GENERATED = LocalDateTime.of(2026, 11, 22, 10, 15);
    public static final Nominee ANDHANI = new Nominee("ANDHANI ARBISCHIRIA, S.Kom", "19810407 200001 1 001",
            "Kepala Sub Bidang Informasi Kepegawaian",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Balangan");
    public static final Nominee SITI = new Nominee("Dr. Hj. Siti Nur'aini, S.Pd., M.M.", "19850214 201001 2 002",
            "Analis Kebijakan Ahli Muda pada Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
            "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah");
    public static final Nominee RIZKI = new Nominee("H. Muhammad Rizki, S.T., M.T.", "19791230 200501 1 003",
            "Perencana Ahli Muda", "Dinas Pekerjaan Umum dan Penataan Ruang");
    public static final Nominee RINA = new Nominee("Rina Marlina, A.Md.Kep.", "19900101 201503 2 001", "Perawat Terampil",
            "Rumah Sakit Umum Daerah Balangan");

    private SampleDocuments() {
    }

    public static AssessmentResultData seedAssessment() {
        return new AssessmentResultData(Regency.balangan(), "P2021-BKPSDM-01", "ASN Berprestasi Tahun 2021", ANDHANI,
                YearMonth.of(2021, 3), new Rubric().printed(),
                new AssessmentResultData.Scores(new BigDecimal("84.00"), null, 0, new BigDecimal("94.00"), 0,
                        "SILKA Online (Sistem Informasi Layanan Kepegawaian)",
                        "Inovasi yang ada mampu memberikan manfaat bagi seluruh SKPD atau menumbuhkan sarana inovasi, "
                                + "sehingga mampu meningkatkan kinerja.",
                        40, Messages.label(BehaviourResult.AS_EXPECTED), 10, 20, 70),
                new AssessmentResultData.SignOff("admin.bkpsdm", LocalDateTime.of(2021, 4, 5, 9, 30), "kepala.bkpsdm",
                        LocalDateTime.of(2021, 4, 6, 14, 5)),
                LocalDate.of(2021, 4, 6), 1, GENERATED);
    }

    public static DecreeDraftData decree(String number, List<DecreeDraftData.Awardee> awardees) {
        return new DecreeDraftData(Regency.balangan(), "P2026", 2026, 2, number,
                number == null ? null : LocalDate.of(2026, 11, 22), awardees, GENERATED);
    }

    public static List<DecreeDraftData.Awardee> threeAwardees() {
        return List.of(new DecreeDraftData.Awardee(1, SITI, "ASN Berprestasi Terbaik 1"),
                new DecreeDraftData.Awardee(2, ANDHANI, "ASN Berprestasi Terbaik 2"),
                new DecreeDraftData.Awardee(3, RINA, "ASN Berprestasi Terbaik 3"));
    }

    public static CertificateData certificate() {
        return new CertificateData(Regency.balangan(), SITI, "ASN Berprestasi Terbaik 1", 2026,
                "800.1.13/001/BKPSDM/2026", LocalDate.of(2026, 11, 22), "P2026-BAPPEDA-01", 1, GENERATED);
    }

    /** Keeps a rendered example under target/document-samples for looking at it. */
    public static void keep(String name, byte[] pdf) {
        try {
            Path dir = Path.of("target", "document-samples");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    /**
     * The text in the order it was written, whitespace collapsed: a wrapped table cell reads as one run here,
     * where {@link #text(byte[])} interleaves it with the cells beside it.
     */
    public static String flowText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf, int fromPage, int toPage) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(fromPage);
            stripper.setEndPage(Math.min(toPage, document.getNumberOfPages()));
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}

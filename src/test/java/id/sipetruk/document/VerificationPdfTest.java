package id.sipetruk.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.sipetruk.common.DocumentFonts;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The verification block of every PDF (code, address, QR code) and the embedded fonts, on the sample documents;
 * the round trip through the database and the public page is in {@code VerificationPageTest}.
 */
public class VerificationPdfTest {

    static final String PUBLIC_URL = "https://sipetruk.balangankab.go.id/";
    /** The key of the demo and the tests, as the application uses it without a configured secret. */
    static final VerificationKey KEY = new VerificationKey(VerificationKey.DEMO_SECRET);
    private static final Pattern PRINTED_CODE =
            Pattern.compile("Kode verifikasi: ([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4})");

    @Test
    void assessmentResult_printsCodeAndQr_andSymbolsOfTheCriteria() {
        AssessmentResultData data = SampleDocuments.seedAssessment();
        Verification verification = Verification.of(DocumentFacts.of(data).code(VerificationPdfTest.KEY), PUBLIC_URL);
        byte[] pdf = new AssessmentResultPdf().render(data, verification);
        SampleDocuments.keep("hasil-penilaian-verifikasi.pdf", pdf);

        assertThat(SampleDocuments.pages(pdf)).isEqualTo(1);
        assertVerification(pdf, verification);
        assertThat(SampleDocuments.text(pdf)).contains("ANDHANI ARBISCHIRIA, S.Kom", "19810407 200001 1 001");
    }

    @Test
    void decree_printsCodeAndQr_onEveryPage() {
        DecreeDraftData data = SampleDocuments.decree("800.1.13/001/BKPSDM/2026", SampleDocuments.threeAwardees());
        Verification verification = Verification.of(DocumentFacts.of(data, 3).code(VerificationPdfTest.KEY), PUBLIC_URL);
        byte[] pdf = new DecreeDraftPdf().render(data, verification);
        SampleDocuments.keep("sk-verifikasi.pdf", pdf);

        int pages = SampleDocuments.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        for (int page = 1; page <= pages; page++) {
            assertThat(printedCodes(SampleDocuments.text(pdf, page, page))).containsExactly(verification.grouped());
        }
        assertVerification(pdf, verification);
    }

    @Test
    void certificate_printsCodeAndQr_onOneSheet() {
        CertificateData data = SampleDocuments.certificate();
        Verification verification = Verification.of(DocumentFacts.of(data).code(VerificationPdfTest.KEY), PUBLIC_URL);
        byte[] pdf = new CertificatePdf().render(data, verification);
        SampleDocuments.keep("piagam-verifikasi.pdf", pdf);

        assertThat(SampleDocuments.pages(pdf)).isEqualTo(1);
        assertVerification(pdf, verification);
        assertThat(SampleDocuments.text(pdf)).contains("Dr. Hj. Siti Nur'aini, S.Pd., M.M.");
    }

    @Test
    void code_isDerivedFromTheFacts_andChangesWithAnyOfThem() {
        AssessmentResultData seed = SampleDocuments.seedAssessment();
        String code = DocumentFacts.of(seed).code(VerificationPdfTest.KEY);
        assertThat(code).matches("[0-9A-F]{16}").isEqualTo(DocumentFacts.of(SampleDocuments.seedAssessment()).code(VerificationPdfTest.KEY));
        AssessmentResultData nextVersion = new AssessmentResultData(seed.regency(), seed.nominationCode(),
                seed.periodTitle(), seed.nominee(), seed.referenceMonth(), seed.rubric(), seed.scores(), seed.signOff(),
                seed.signDate(), seed.version() + 1, seed.generatedAt());
        AssessmentResultData otherName = new AssessmentResultData(seed.regency(), seed.nominationCode(),
                seed.periodTitle(), SampleDocuments.RINA, seed.referenceMonth(), seed.rubric(), seed.scores(),
                seed.signOff(), seed.signDate(), seed.version(), seed.generatedAt());
        assertThat(DocumentFacts.of(nextVersion).code(VerificationPdfTest.KEY)).isNotEqualTo(code);
        assertThat(DocumentFacts.of(otherName).code(VerificationPdfTest.KEY)).isNotEqualTo(code);
        // keyed: another server's secret, or the unkeyed scheme of older documents, gives another code
        assertThat(DocumentFacts.of(seed).code(new VerificationKey("rahasia-kabupaten-lain-0123456789abcdef")))
                .isNotEqualTo(code);
        assertThat(DocumentFacts.of(seed).legacyCode()).matches("[0-9A-F]{16}").isNotEqualTo(code);

        assertThat(VerificationCode.grouped("3F9A1C2B7D4E88A0")).isEqualTo("3F9A-1C2B-7D4E-88A0");
        assertThat(VerificationCode.normalize(" 3f9a-1c2b 7d4e88a0 ")).hasValue("3F9A1C2B7D4E88A0");
        assertThat(VerificationCode.normalize("3F9A-1C2B-7D4E")).isEmpty();
        assertThat(VerificationCode.normalize("<script>alert(1)</script>")).isEmpty();
        assertThat(Verification.of("3F9A1C2B7D4E88A0", "https://x.example/").url())
                .isEqualTo("https://x.example/verifikasi/3F9A-1C2B-7D4E-88A0");
    }

    @Test
    void criteriaSymbols_arePrintedWithTheEmbeddedFont() {
        assertThat(DocumentFonts.printable('\u2265')).isTrue();
        assertThat(DocumentFonts.printable('\u2192')).isTrue();
        assertThat(DocumentFonts.printable('\u2019')).isTrue();
        assertThat(PdfKit.text("Nilai e-Kinerja bulan Maret 2021 \u2265 85 \u2192 10"))
                .isEqualTo("Nilai e-Kinerja bulan Maret 2021 \u2265 85 \u2192 10");
        // no glyph: a visible replacement, never a silent drop
        assertThat(PdfKit.text("a\uD83D\uDE00b")).isEqualTo("a?b");
    }

    /** The printed code, the address, the QR code's content, and only embedded Liberation fonts. */
    static void assertVerification(byte[] pdf, Verification verification) {
        String text = SampleDocuments.flowText(pdf);
        assertThat(printedCodes(text)).isNotEmpty().containsOnly(verification.grouped());
        assertThat(text).contains(verification.url());
        assertThat(decodeQr(pdf, 0)).isEqualTo(verification.url());
        assertFontsEmbedded(pdf);
    }

    public static List<String> printedCodes(String text) {
        List<String> codes = new ArrayList<>();
        Matcher m = PRINTED_CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }

    /**
     * Renders a page and reads the QR code in its lower right quarter. A reader of rendered pixels fails now and then
     * on one resolution for some codes (the codes are random), as a phone may need a second look: it tries 150, 200
     * and 300 dpi, each with both of ZXing's binarizers.
     */
    public static String decodeQr(byte[] pdf, int pageIndex) {
        Exception last = null;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int dpi : new int[] {150, 200, 300}) {
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
                BufferedImage corner = page.getSubimage(page.getWidth() / 2, page.getHeight() * 3 / 4,
                        page.getWidth() / 2, page.getHeight() / 4);
                int[] pixels = corner.getRGB(0, 0, corner.getWidth(), corner.getHeight(), null, 0, corner.getWidth());
                RGBLuminanceSource source = new RGBLuminanceSource(corner.getWidth(), corner.getHeight(), pixels);
                for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                        new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
                    try {
                        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                                .getText();
                    } catch (Exception notThisWay) {
                        last = notThisWay;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no readable QR code on page " + (pageIndex + 1) + ": " + last, last);
    }

    /** Every font used on every page (also inside form XObjects) is embedded, and is a Liberation face. */
    public static void assertFontsEmbedded(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty();
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font.getName()).as("font name").contains("Liberation");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts);
            }
        }
    }
}

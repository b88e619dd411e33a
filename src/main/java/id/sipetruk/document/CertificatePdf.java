package id.sipetruk.document;

import static id.sipetruk.document.PdfKit.add;
import static id.sipetruk.document.PdfKit.centered;
import static id.sipetruk.document.PdfKit.font;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.regency.Regency;
import java.util.List;
import java.util.Optional;

/**
 * Draws a Piagam Penghargaan (A4 landscape) for one awardee. A certificate is one sheet: when long names or
 * positions would push the signature onto a second page, it is drawn again with smaller type.
 */
public class CertificatePdf {

    private static final int F = Font.TIMES_ROMAN;
    private static final float[] SCALES = {1f, 0.9f, 0.8f, 0.7f, 0.6f};

    public byte[] render(CertificateData data) {
        return render(data, null);
    }

    /** With the verification code and its QR code at the foot of the sheet (none if null). */
    public byte[] render(CertificateData data, Verification verification) {
        String title = "Piagam Penghargaan " + data.nominee().name();
        String footer = "SI PETRUK - Piagam Penghargaan - kode nominasi " + data.nominationCode() + " - versi "
                + data.version() + " - dibuat " + IndonesianDates.dateTime(data.generatedAt());
        Image qr = verification == null ? null : PdfKit.qrCode(verification.url(), PdfKit.QR_SIZE);
        for (float scale : SCALES) {
            Optional<byte[]> pdf = PdfKit.renderOnePage(PageSize.A4.rotate(), 54, title, footer, true, verification, qr,
                    document -> draw(document, data, scale));
            if (pdf.isPresent()) {
                return pdf.get();
            }
        }
        // too long even at the smallest type: printed on as many sheets as it needs
        float smallest = SCALES[SCALES.length - 1];
        return PdfKit.render(PageSize.A4.rotate(), 54, title, footer, null, true, verification,
                document -> draw(document, data, smallest));
    }

    private void draw(Document document, CertificateData data, float scale) {
        Font government = font(F, 15 * scale, Font.BOLD, PdfKit.ACCENT);
        Font heading = font(F, 34 * scale, Font.BOLD, PdfKit.ACCENT);
        Font italic = font(F, 13 * scale, Font.ITALIC);
        Font name = font(F, 24 * scale, Font.BOLD);
        Font body = font(F, 13 * scale, Font.NORMAL);
        Font award = font(F, 19 * scale, Font.BOLD, PdfKit.GOLD);
        Font small = font(F, 10 * scale, Font.ITALIC, PdfKit.GREY_TEXT);
        Font signature = font(F, 12 * scale, Font.NORMAL);
        Font signatureName = font(F, 12 * scale, Font.BOLD);

        Regency regency = data.regency();
        Nominee nominee = data.nominee();
        // the logo, if any, beside these two lines (a logo above them would push the signature off the sheet)
        PdfKit.letterhead(document, regency.logo(), 60 * scale, List.of(
                centered("PEMERINTAH " + regency.nameUpper(), government),
                spaced(centered("PIAGAM PENGHARGAAN", heading), 4 * scale, 6 * scale)));
        add(document, spaced(centered("diberikan kepada:", italic), 0, 6 * scale));
        add(document, centered(nominee.name(), name));
        add(document, spaced(centered("NIP " + nominee.nip(), body), 2 * scale, 0));
        add(document, centered(nominee.position(), body));
        add(document, centered(nominee.opdName(), body));
        add(document, spaced(centered("sebagai", italic), 8 * scale, 2 * scale));
        add(document, centered(data.awardTitle(), award));
        add(document, centered(data.wording().certificateAward(), body));
        add(document, spaced(centered(data.wording().certificateCitation(), italic), 6 * scale, 0));
        if (data.decreeNumber() != null && !data.decreeNumber().isBlank()) {
            add(document, centered("Berdasarkan Keputusan " + regency.regentTitle() + " Nomor " + data.decreeNumber(),
                    small));
        }
        PdfPTable block = PdfKit.signatureBlock(
                List.of(regency.place() + ", " + IndonesianDates.date(data.date()), regency.regentTitleUpper() + ","),
                DecreeDraftPdf.signedBy(regency), signature, signatureName, null, Element.ALIGN_CENTER);
        block.setSpacingBefore(10 * scale);
        add(document, block);
    }

    private static Paragraph spaced(Paragraph paragraph, float before, float after) {
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }
}

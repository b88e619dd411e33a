package id.sipetruk.document;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import id.sipetruk.common.DocumentFonts;
import id.sipetruk.common.IndonesianNumbers;
import id.sipetruk.common.PrintableText;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * What the three PDF renderers share: fonts, plain-text cells, number formats, the page footer and the
 * verification block (code and QR code). All text goes in as plain strings (never parsed as markup) and is set
 * in the embedded Liberation fonts ({@link DocumentFonts}); characters they cannot show are replaced visibly
 * instead of being dropped.
 */
final class PdfKit {

    static final Color GREY_TEXT = new Color(0x55, 0x55, 0x55);
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color BORDER = new Color(0x88, 0x88, 0x88);
    static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    static final Color DRAFT_RED = new Color(0xB0, 0x1E, 0x1E);

    /** Side of the printed QR code, in points (about 2 cm). */
    static final float QR_SIZE = 58;

    private PdfKit() {
    }

    /** Renders a document into bytes. */
    static byte[] render(Rectangle pageSize, float margin, String title, String footer, Consumer<Document> body) {
        return render(pageSize, margin, title, footer, null, false, body);
    }

    /**
     * Renders a document into bytes, with a stamp (e.g. "DRAF") in the top right corner of every page if one
     * is given and a decorative double frame if asked for.
     */
    static byte[] render(Rectangle pageSize, float margin, String title, String footer, String stamp, boolean frame,
                         Consumer<Document> body) {
        return render(pageSize, margin, title, footer, stamp, frame, null, body);
    }

    /**
     * As above, and with a verification (if given) at the foot of every page: the code, the address that checks
     * it and the same address as a QR code; the body's bottom margin grows to leave room for it.
     */
    static byte[] render(Rectangle pageSize, float margin, String title, String footer, String stamp, boolean frame,
                         Verification verification, Consumer<Document> body) {
        Image qr = verification == null ? null : qrCode(verification.url(), QR_SIZE);
        return render(pageSize, margin, title, footer, stamp, frame, verification, qr, false, body);
    }

    /**
     * A document that must fit on one page, with the verification's QR code already made ({@link #qrCode}): empty
     * when the body runs onto a second page. The document is then left unfinished, so that trying again smaller
     * costs no fonts or compression for the attempt that did not fit.
     */
    static Optional<byte[]> renderOnePage(Rectangle pageSize, float margin, String title, String footer, boolean frame,
                                          Verification verification, Image qr, Consumer<Document> body) {
        return Optional.ofNullable(render(pageSize, margin, title, footer, null, frame, verification, qr, true, body));
    }

    private static byte[] render(Rectangle pageSize, float margin, String title, String footer, String stamp,
                                 boolean frame, Verification verification, Image qr, boolean onePage,
                                 Consumer<Document> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        float bottom = verification == null ? margin + 14
                : Math.max(margin + 14, Decoration.qrBottom(frame) + QR_SIZE + 8);
        Document document = new Document(pageSize, margin, margin, margin, bottom);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            Decoration decoration = new Decoration(footer, stamp, frame, verification, qr);
            writer.setPageEvent(decoration);
            document.addTitle(text(title));
            document.addCreator("SI PETRUK");
            document.addAuthor("SI PETRUK");
            document.open();
            body.accept(document);
            // a page is ended during the layout only when the body needs the next one
            if (onePage && decoration.pagesEnded > 0) {
                return null;
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF tidak dapat dibuat: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The stamp on a preview (a document not yet issued) and the footer note that goes with it. */
    static final String PREVIEW_STAMP = "PRATINJAU";
    static final String PREVIEW_NOTE = "PRATINJAU - belum diterbitkan; kode verifikasi diberikan saat dokumen diterbitkan.";

    /**
     * The logo last decoded, its pixels compressed ({@link #compressedOnce}). Decoding a PNG (through AWT, pixel by
     * pixel for one with transparency) took as long as drawing the rest of a certificate, once for every document; the
     * regency has one logo.
     */
    private static final AtomicReference<DecodedLogo> lastLogo = new AtomicReference<>();

    private record DecodedLogo(byte[] bytes, Image image) {
    }

    /** The regency's logo scaled to a height (null if there is none), centred. */
    static Image logo(byte[] bytes, float height) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        try {
            DecodedLogo last = lastLogo.get();
            if (last == null || !Arrays.equals(last.bytes(), bytes)) {
                last = new DecodedLogo(bytes.clone(), compressedOnce(Image.getInstance(bytes)));
                lastLogo.set(last);
            }
            // a copy per document (it shares the decoded pixels): scaling and placing change the instance
            Image image = Image.getInstance(last.image());
            image.scaleToFit(height * 4, height);
            image.setAlignment(Element.ALIGN_CENTER);
            return image;
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("Logo tidak dapat dicetak; unggah ulang logo di halaman Pengaturan, lalu ulangi. "
                    + "Rincian: " + e.getMessage(), e);
        }
    }

    /**
     * A decoded image (and its transparency mask) with its pixels compressed once. OpenPDF compresses the pixels of a
     * decoded image again in every document that shows it: for a logo, more than a third of a certificate's
     * rendering. The same pixels, filter and mask end up in the PDF. A 1-bit grey image is left as it is: OpenPDF
     * would encode it as a fax image.
     */
    private static Image compressedOnce(Image decoded) {
        if (!decoded.isImgRaw() || decoded.isDeflated() || decoded.getBpc() > 8
                || decoded.getColorspace() == 1 && decoded.getBpc() == 1) {
            return decoded;
        }
        Image compressed = Image.getInstance((int) decoded.getWidth(), (int) decoded.getHeight(),
                decoded.getColorspace(), decoded.getBpc(), deflated(decoded.getRawData()), decoded.getTransparency());
        compressed.setDeflated(true);
        compressed.setInverted(decoded.isInverted());
        compressed.setInterpolation(decoded.isInterpolation());
        compressed.setDpi(decoded.getDpiX(), decoded.getDpiY());
        compressed.setXYRatio(decoded.getXYRatio());
        compressed.setAdditional(decoded.getAdditional());
        if (decoded.hasICCProfile()) {
            compressed.tagICC(decoded.getICCProfile());
        }
        if (decoded.isMask()) {
            compressed.makeMask();
        }
        if (decoded.getImageMask() != null) {
            compressed.setImageMask(compressedOnce(decoded.getImageMask()));
        }
        return compressed;
    }

    /** Compressed as tightly as zlib can: it is done once, and every document is smaller for it. */
    private static byte[] deflated(byte[] pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pixels.length / 4);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream stream = new DeflaterOutputStream(out, deflater)) {
            stream.write(pixels);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    /**
     * A letterhead: the centred lines, with the logo (if any) on their left and as much room on their right, so
     * the lines stay centred on the page. Without a logo, just the lines.
     */
    static void letterhead(Document document, byte[] logoBytes, float logoHeight, List<Paragraph> lines) {
        Image logo = logo(logoBytes, logoHeight);
        if (logo == null) {
            lines.forEach(line -> add(document, line));
            return;
        }
        PdfPTable table = table(13, 74, 13);
        PdfPCell left = new PdfPCell(logo, false);
        left.setBorder(Rectangle.NO_BORDER);
        left.setHorizontalAlignment(Element.ALIGN_LEFT);
        left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        table.addCell(left);
        PdfPCell middle = plain((Element) null);
        middle.setVerticalAlignment(Element.ALIGN_MIDDLE);
        lines.forEach(middle::addElement);
        table.addCell(middle);
        table.addCell(plain((Element) null));
        add(document, table);
    }

    static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF tidak dapat dibuat: " + e.getMessage(), e);
        }
    }

    /**
     * Text as the embedded fonts can print it: null becomes "-", control characters become spaces, a symbol
     * without a glyph ("≥", "≤", "→") gets a readable equivalent, anything else unprintable becomes "?" (what a person
     * types is checked with {@link PrintableText} first, so that only data from elsewhere can get here).
     */
    static String text(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\r') {
                // ignore, \n follows
            } else if (Character.isISOControl(cp) || cp == '\u2028' || cp == '\u2029') {
                out.append(' ');
            } else if (DocumentFonts.printable(cp)) {
                out.appendCodePoint(cp);
            } else if (DocumentFonts.replacement(cp).isPresent()) {
                out.append(DocumentFonts.replacement(cp).get());
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Font.HELVETICA or Font.TIMES_ROMAN in a style, as the embedded Liberation face ({@link DocumentFonts}). */
    static Font font(int family, float size, int style) {
        return DocumentFonts.font(family, size, style, Color.BLACK);
    }

    static Font font(int family, float size, int style, Color color) {
        return DocumentFonts.font(family, size, style, color);
    }

    /**
     * The QR code of a text (error correction M, two modules of quiet zone) as a 1-bit image, one pixel per
     * module; drawn scaled, so it stays sharp (PDF images are not interpolated unless asked).
     */
    static Image qrCode(String content, float size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    new EnumMap<>(Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8")));
            int width = matrix.getWidth();
            int height = matrix.getHeight();
            int stride = (width + 7) / 8;
            byte[] bits = new byte[stride * height];
            java.util.Arrays.fill(bits, (byte) 0xFF); // 1 = white in DeviceGray
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (matrix.get(x, y)) {
                        bits[y * stride + x / 8] &= (byte) ~(0x80 >> (x % 8));
                    }
                }
            }
            Image image = Image.getInstance(width, height, 1, 1, bits);
            image.scaleAbsolute(size, size);
            return image;
        } catch (WriterException | DocumentException e) {
            throw new IllegalStateException("QR code tidak dapat dibuat: " + e.getMessage(), e);
        }
    }

    static Phrase phrase(String value, Font font) {
        return new Phrase(text(value), font);
    }

    static Paragraph paragraph(String value, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(text(value), font);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    static Paragraph centered(String value, Font font) {
        return paragraph(value, font, Element.ALIGN_CENTER);
    }

    /** A bordered table cell with wrapping plain text. */
    static PdfPCell cell(String value, Font font) {
        PdfPCell cell = new PdfPCell(phrase(value, font));
        cell.setPadding(5);
        cell.setUseAscender(true);
        cell.setBorderColor(BORDER);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(5);
        cell.setUseAscender(true);
        cell.setBorderColor(BORDER);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    static PdfPCell headerCell(String value, Font font) {
        PdfPCell cell = cell(value, font);
        cell.setBackgroundColor(HEADER_FILL);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    /** A cell without borders, for layout tables. */
    static PdfPCell plain(Element content) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        if (content != null) {
            cell.addElement(content);
        }
        return cell;
    }

    static PdfPCell plain(String value, Font font) {
        PdfPCell cell = new PdfPCell(phrase(value, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setUseAscender(true);
        return cell;
    }

    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths.length);
        try {
            table.setWidths(widths);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        table.setWidthPercentage(100);
        table.setSplitLate(false);
        return table;
    }

    /**
     * A signature block on the right half of the page: the lines above the signature, room to sign,
     * and the lines below it.
     */
    static PdfPTable signatureBlock(List<String> above, List<String> below, Font font, Font nameFont, PdfPCell left,
                                    int alignment) {
        PdfPTable table = table(1, 1);
        table.setSpacingBefore(18);
        table.setKeepTogether(true);
        table.addCell(left == null ? plain((Element) null) : left);
        PdfPCell right = plain((Element) null);
        for (String line : above) {
            right.addElement(paragraph(line, font, alignment));
        }
        Paragraph room = new Paragraph(" ", font);
        room.setSpacingBefore(44);
        right.addElement(room);
        boolean first = true;
        for (String line : below) {
            right.addElement(paragraph(line, first ? nameFont : font, alignment));
            first = false;
        }
        table.addCell(right);
        return table;
    }

    /** 84.00 -> "84", 94.50 -> "94,5" (Indonesian decimal comma). */
    static String number(BigDecimal value) {
        return IndonesianNumbers.decimal(value);
    }

    static String number(Integer value) {
        return value == null ? "-" : String.valueOf(value);
    }

    /** [10, 20, 30, 40] -> "10, 20, 30 atau 40" */
    static String options(List<Integer> values) {
        if (values == null || values.isEmpty()) {
            return "-";
        }
        if (values.size() == 1) {
            return String.valueOf(values.get(0));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(i == values.size() - 1 ? " atau " : ", ");
            }
            out.append(values.get(i));
        }
        return out.toString();
    }

    /**
     * On every page: the small grey footer line with the page number, the stamp, the frame, and the
     * verification block (code, address, QR code) if there is one.
     */
    private static final class Decoration extends PdfPageEventHelper {

        private final String text;
        private final String stamp;
        private final boolean frame;
        private final Verification verification;
        private final Image qr;
        private final Font font = font(Font.HELVETICA, 7, Font.NORMAL, GREY_TEXT);
        private final Font stampFont = font(Font.HELVETICA, 11, Font.BOLD, DRAFT_RED);
        private final Font codeFont = font(Font.HELVETICA, 8.5f, Font.BOLD, ACCENT);

        private int pagesEnded;

        Decoration(String text, String stamp, boolean frame, Verification verification, Image qr) {
            this.text = text == null ? null : text(text);
            this.stamp = stamp;
            this.frame = frame;
            this.verification = verification;
            this.qr = qr;
        }

        /** Height of the QR code's lower edge above the page's: inside the frame of a certificate. */
        static float qrBottom(boolean frame) {
            return frame ? 34 : 22;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            pagesEnded++;
            Rectangle page = document.getPageSize();
            if (stamp != null) {
                // a stamp in the top right corner, outside the text (a diagonal watermark would be read into it)
                float right = page.getWidth() - document.rightMargin();
                float top = page.getHeight() - document.topMargin() / 2;
                float width = new Chunk(text(stamp), stampFont).getWidthPoint() + 12;
                PdfContentByte canvas = writer.getDirectContent();
                canvas.setColorStroke(DRAFT_RED);
                canvas.setLineWidth(1.2f);
                canvas.rectangle(right - width, top - 6, width, 18);
                canvas.stroke();
                ColumnText.showTextAligned(canvas, Element.ALIGN_CENTER, new Phrase(text(stamp), stampFont),
                        right - width / 2, top, 0);
            }
            if (frame) {
                PdfContentByte under = writer.getDirectContentUnder();
                under.setColorStroke(ACCENT);
                under.setLineWidth(3.5f);
                under.rectangle(18, 18, page.getWidth() - 36, page.getHeight() - 36);
                under.stroke();
                under.setColorStroke(GOLD);
                under.setLineWidth(1.2f);
                under.rectangle(26, 26, page.getWidth() - 52, page.getHeight() - 52);
                under.stroke();
            }
            if (verification != null) {
                verificationBlock(writer, document);
                return;
            }
            if (text == null) {
                return;
            }
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottomMargin() - 18;
            // a footer of several lines (a preview's note above the usual line) grows upwards
            String[] lines = text.split("\n");
            for (int i = 0; i < lines.length; i++) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(lines[i], font),
                        document.leftMargin(), y + (lines.length - 1 - i) * 9, 0);
            }
            if (!frame) {
                // a framed page (certificate) is a single sheet: no page number
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("Halaman " + writer.getPageNumber(),
                        font), document.getPageSize().getWidth() - document.rightMargin(), y, 0);
            }
        }

        /**
         * The QR code at the bottom right; left of it the code, the address, and the footer line (wrapped if
         * long); the page number on the code's line, except on a certificate.
         */
        private void verificationBlock(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float right = document.getPageSize().getWidth() - document.rightMargin();
            float left = document.leftMargin();
            float bottom = qrBottom(frame);
            float top = bottom + QR_SIZE;
            try {
                qr.setAbsolutePosition(right - QR_SIZE, bottom);
                canvas.addImage(qr);
            } catch (DocumentException e) {
                throw new IllegalStateException("QR code tidak dapat dicetak: " + e.getMessage(), e);
            }
            float textRight = right - QR_SIZE - 8;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase("Kode verifikasi: " + verification.grouped(), codeFont), left, top - 10, 0);
            if (!frame) {
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        new Phrase("Halaman " + writer.getPageNumber(), font), textRight, top - 10, 0);
            }
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(
                    "Periksa keaslian dokumen ini dengan memindai kode QR atau membuka:", font), left, top - 21, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text(verification.url()), font),
                    left, top - 30, 0);
            if (text != null) {
                ColumnText footer = new ColumnText(canvas);
                footer.setSimpleColumn(new Phrase(text, font), left, bottom - 4, textRight, top - 34, 8.5f,
                        Element.ALIGN_LEFT);
                try {
                    footer.go();
                } catch (DocumentException e) {
                    throw new IllegalStateException("PDF tidak dapat dibuat: " + e.getMessage(), e);
                }
            }
        }
    }
}

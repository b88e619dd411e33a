package id.sipetruk.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the three PDF renderers share: fonts, plain-text cells, number formats and the page footer.
 * All text goes in as plain strings (never parsed as markup); characters the standard PDF fonts cannot
 * show are replaced visibly instead of being dropped.
 */
final class PdfKit {

    static final Color GREY_TEXT = new Color(0x55, 0x55, 0x55);
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF2);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color BORDER = new Color(0x88, 0x88, 0x88);
    static final Color GOLD = new Color(0xB0, 0x8D, 0x3C);
    static final Color DRAFT_RED = new Color(0xB0, 0x1E, 0x1E);

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(pageSize, margin, margin, margin, margin + 14);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Decoration(footer, stamp, frame));
            document.addTitle(text(title));
            document.addCreator("SI PETRUK");
            document.addAuthor("SI PETRUK");
            document.open();
            body.accept(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF tidak dapat dibuat: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static void add(Document document, Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF tidak dapat dibuat: " + e.getMessage(), e);
        }
    }

    /**
     * Text as the standard (WinAnsi) PDF fonts can print it: null becomes "-", control characters
     * become spaces, a few symbols get a readable equivalent, anything else unprintable becomes "?".
     */
    static String text(String value) {
        if (value == null) {
            return "-";
        }
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (cp == '\r') {
                // ignore, \n follows
            } else if (Character.isISOControl(cp) || cp == '\u2028' || cp == '\u2029') {
                out.append(' ');
            } else if (cp == '\u2265') {
                out.append(">=");
            } else if (cp == '\u2264') {
                out.append("<=");
            } else if (cp == '\u2192') {
                out.append("->");
            } else if (Character.isBmpCodePoint(cp) && encoder.canEncode((char) cp)) {
                out.append((char) cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    static Font font(int family, float size, int style) {
        return new Font(family, size, style, Color.BLACK);
    }

    static Font font(int family, float size, int style, Color color) {
        return new Font(family, size, style, color);
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
        if (value == null) {
            return "-";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
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

    /** On every page: the small grey footer line with the page number, the stamp, the frame. */
    private static final class Decoration extends PdfPageEventHelper {

        private final String text;
        private final String stamp;
        private final boolean frame;
        private final Font font = font(Font.HELVETICA, 7, Font.NORMAL, GREY_TEXT);
        private final Font stampFont = font(Font.HELVETICA, 11, Font.BOLD, DRAFT_RED);

        Decoration(String text, String stamp, boolean frame) {
            this.text = text == null ? null : text(text);
            this.stamp = stamp;
            this.frame = frame;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
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
            if (text == null) {
                return;
            }
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottomMargin() - 18;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(text, font), document.leftMargin(), y, 0);
            if (!frame) {
                // a framed page (certificate) is a single sheet: no page number
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("Halaman " + writer.getPageNumber(),
                        font), document.getPageSize().getWidth() - document.rightMargin(), y, 0);
            }
        }
    }
}

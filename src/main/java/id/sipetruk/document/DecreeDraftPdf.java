package id.sipetruk.document;

import static id.sipetruk.document.PdfKit.add;
import static id.sipetruk.document.PdfKit.cell;
import static id.sipetruk.document.PdfKit.centered;
import static id.sipetruk.document.PdfKit.font;
import static id.sipetruk.document.PdfKit.headerCell;
import static id.sipetruk.document.PdfKit.paragraph;
import static id.sipetruk.document.PdfKit.plain;
import static id.sipetruk.document.PdfKit.table;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.regency.Regency;
import id.sipetruk.regency.Wording;
import java.util.List;

/**
 * Draws the Keputusan Bupati on the ASN Berprestasi of a year (A4 portrait) and its Lampiran, the list of
 * awardees in rank order (A4 landscape). Without a number it is marked "DRAF".
 */
public class DecreeDraftPdf {

    private static final int F = Font.TIMES_ROMAN;
    private static final String[] DICTA = {"KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH",
        "KEDELAPAN", "KESEMBILAN", "KESEPULUH"};

    private final Font title = font(F, 12, Font.BOLD);
    private final Font body = font(F, 11, Font.NORMAL);
    private final Font bold = font(F, 11, Font.BOLD);
    private final Font tableBody = font(F, 9.5f, Font.NORMAL);
    private final Font tableHead = font(F, 9.5f, Font.BOLD);

    public byte[] render(DecreeDraftData data) {
        return render(data, null);
    }

    /** With the verification code and its QR code at the foot of every page (none if null). */
    public byte[] render(DecreeDraftData data, Verification verification) {
        return render(data, verification, data.isDraft() ? "DRAF" : null, "");
    }

    /**
     * A preview of a decree version before the Bupati decides: stamped "PRATINJAU" (and "DRAF" while it has no
     * number), without verification code (it comes with the issued document).
     */
    public byte[] preview(DecreeDraftData data) {
        return render(data, null, data.isDraft() ? PdfKit.PREVIEW_STAMP + " - DRAF" : PdfKit.PREVIEW_STAMP,
                PdfKit.PREVIEW_NOTE + "\n");
    }

    private byte[] render(DecreeDraftData data, Verification verification, String stamp, String note) {
        String footer = note + "SI PETRUK - Keputusan Bupati " + data.periodCode() + " - rancangan versi "
                + data.decreeVersion() + (data.isDraft() ? " (DRAF)" : " - Nomor " + data.decreeNumber()) + " - dibuat "
                + IndonesianDates.dateTime(data.generatedAt());
        return PdfKit.render(PageSize.A4, 56, "Keputusan " + data.regency().regentTitle() + " " + data.subject(), footer,
                stamp, false, verification, document -> draw(document, data));
    }

    private void draw(Document document, DecreeDraftData data) {
        Regency regency = data.regency();
        com.lowagie.text.Image logo = PdfKit.logo(regency.logo(), 56);
        if (logo != null) {
            logo.setSpacingAfter(6);
            add(document, logo);
        }
        add(document, centered("KEPUTUSAN " + regency.regentTitleUpper(), title));
        add(document, centered("NOMOR " + data.numberText(), title));
        Paragraph about = centered("TENTANG", title);
        about.setSpacingBefore(8);
        add(document, about);
        Paragraph subject = centered("PENETAPAN APARATUR SIPIL NEGARA BERPRESTASI", title);
        subject.setSpacingBefore(8);
        add(document, subject);
        add(document, centered("DI LINGKUNGAN PEMERINTAH " + regency.nameUpper() + " TAHUN " + data.year(), title));
        Paragraph grace = centered("DENGAN RAHMAT TUHAN YANG MAHA ESA", title);
        grace.setSpacingBefore(14);
        add(document, grace);
        Paragraph regent = centered(regency.regentTitleUpper() + ",", title);
        regent.setSpacingBefore(8);
        regent.setSpacingAfter(10);
        add(document, regent);

        Wording wording = data.wording();
        add(document, considerations("Menimbang", wording.considerations(), true));
        add(document, considerations("Mengingat", wording.legalBasis().stream().map(s -> s + ";").toList(), false));

        Paragraph decides = centered("MEMUTUSKAN:", title);
        decides.setSpacingBefore(12);
        decides.setSpacingAfter(8);
        add(document, decides);

        PdfPTable dicta = table(17, 3, 80);
        dictum(dicta, "Menetapkan", "KEPUTUSAN " + regency.regentTitleUpper() + " TENTANG " + data.subject() + ".");
        List<String> texts = wording.dicta();
        for (int i = 0; i < texts.size(); i++) {
            dictum(dicta, DICTA[i], texts.get(i));
        }
        add(document, dicta);
        add(document, signature(data));

        document.setPageSize(PageSize.A4.rotate());
        document.newPage();
        annex(document, data);
    }

    /** "Menimbang : a. ...", "Mengingat : 1. ..." */
    private PdfPTable considerations(String label, List<String> items, boolean letters) {
        PdfPTable table = table(17, 3, 5, 75);
        table.setSpacingBefore(6);
        for (int i = 0; i < items.size(); i++) {
            table.addCell(line(i == 0 ? label : "", body, Element.ALIGN_LEFT));
            table.addCell(line(i == 0 ? ":" : "", body, Element.ALIGN_LEFT));
            table.addCell(line(letters ? (char) ('a' + i) + "." : (i + 1) + ".", body, Element.ALIGN_LEFT));
            table.addCell(line(items.get(i), body, Element.ALIGN_JUSTIFIED));
        }
        return table;
    }

    private void dictum(PdfPTable table, String label, String text) {
        table.addCell(line(label, label.equals("Menetapkan") ? body : bold, Element.ALIGN_LEFT));
        table.addCell(line(":", body, Element.ALIGN_LEFT));
        table.addCell(line(text, body, Element.ALIGN_JUSTIFIED));
    }

    /** A borderless cell whose first line sits level with its neighbours' (all cells of a row are built alike). */
    private PdfPCell line(String text, Font font, int alignment) {
        Paragraph paragraph = paragraph(text, font, alignment);
        paragraph.setLeading(0, 1.3f);
        PdfPCell cell = plain(paragraph);
        cell.setPaddingBottom(4);
        return cell;
    }

    private PdfPTable signature(DecreeDraftData data) {
        Regency regency = data.regency();
        String date = data.decidedOn() == null ? "...................... " + data.year()
                : IndonesianDates.date(data.decidedOn());
        PdfPTable block = PdfKit.signatureBlock(
                List.of("Ditetapkan di " + regency.place(), "pada tanggal " + date, regency.regentTitleUpper() + ","),
                signedBy(regency), body, bold, null, Element.ALIGN_LEFT);
        block.setWidthPercentage(100);
        return block;
    }

    /** The regent's name, and his NIP below it when he has one. */
    static List<String> signedBy(Regency regency) {
        String nip = regency.regentNipLine();
        return nip == null ? List.of(Regency.upper(regency.regentName()))
                : List.of(Regency.upper(regency.regentName()), nip);
    }

    private void annex(Document document, DecreeDraftData data) {
        Regency regency = data.regency();
        PdfPTable reference = table(22, 3, 75);
        PdfPCell head = plain("LAMPIRAN KEPUTUSAN " + regency.regentTitleUpper(), body);
        head.setColspan(3);
        reference.addCell(head);
        referenceRow(reference, "NOMOR", data.numberText());
        referenceRow(reference, "TANGGAL", data.decidedOn() == null ? "-" : IndonesianDates.date(data.decidedOn()));
        referenceRow(reference, "TENTANG", data.subject());
        PdfPTable layout = table(50, 50);
        layout.addCell(plain((Element) null));
        layout.addCell(plain(reference));
        add(document, layout);

        Paragraph heading = centered("DAFTAR APARATUR SIPIL NEGARA BERPRESTASI", title);
        heading.setSpacingBefore(16);
        add(document, heading);
        Paragraph heading2 = centered("DI LINGKUNGAN PEMERINTAH " + regency.nameUpper() + " TAHUN " + data.year(), title);
        heading2.setSpacingAfter(10);
        add(document, heading2);

        PdfPTable table = table(5, 24, 16, 20, 18, 17);
        table.setHeaderRows(1);
        for (String column : List.of("No", "Nama", "NIP", "Jabatan", "OPD", "Penghargaan")) {
            PdfPCell cell = headerCell(column, tableHead);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        int no = 1;
        for (DecreeDraftData.Awardee awardee : data.awardees()) {
            PdfPCell number = cell(no++ + ".", tableBody);
            number.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(number);
            table.addCell(cell(awardee.nominee().name(), tableBody));
            table.addCell(cell(awardee.nominee().nip(), tableBody));
            table.addCell(cell(awardee.nominee().position(), tableBody));
            table.addCell(cell(awardee.nominee().opdName(), tableBody));
            table.addCell(cell(awardee.awardTitle(), tableBody));
        }
        if (data.awardees().isEmpty()) {
            PdfPCell none = cell("Belum ada penerima penghargaan.", tableBody);
            none.setColspan(6);
            table.addCell(none);
        }
        add(document, table);
        add(document, signature(data));
    }

    private void referenceRow(PdfPTable table, String label, String value) {
        table.addCell(plain(label, body));
        table.addCell(plain(":", body));
        table.addCell(plain(value, body));
    }
}

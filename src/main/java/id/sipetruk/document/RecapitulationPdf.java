package id.sipetruk.document;

import static id.sipetruk.document.PdfKit.add;
import static id.sipetruk.document.PdfKit.cell;
import static id.sipetruk.document.PdfKit.centered;
import static id.sipetruk.document.PdfKit.font;
import static id.sipetruk.document.PdfKit.headerCell;
import static id.sipetruk.document.PdfKit.number;
import static id.sipetruk.document.PdfKit.paragraph;
import static id.sipetruk.document.PdfKit.plain;
import static id.sipetruk.document.PdfKit.table;
import static id.sipetruk.document.PdfKit.text;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.regency.Regency;
import java.util.List;
import java.util.Locale;

/**
 * Draws the Rekapitulasi of a period (A4 landscape): every nominee grouped by OPD with each indicator's score, the
 * total, the verification outcome, the panel score, the final score, rank and status; OPDs that nominated nobody
 * are listed as such.
 */
public class RecapitulationPdf {

    private static final int F = Font.HELVETICA;
    private static final String[] COLUMNS = {"No", "Nama / NIP / Jabatan", "Kinerja", "Disiplin", "Inovasi",
            "Perilaku", "Team Work", "Total", "Hasil verifikasi", "Nilai tim penilai", "Nilai akhir", "Peringkat akhir",
            "Status akhir"};
    private static final float[] WIDTHS = {3.5f, 22, 5.5f, 5.5f, 5.5f, 5.5f, 5.5f, 5.5f, 13, 6.5f, 6, 6.5f, 12};

    private final Font heading = font(F, 11.5f, Font.BOLD, PdfKit.ACCENT);
    private final Font headingSmall = font(F, 10, Font.BOLD, PdfKit.ACCENT);
    private final Font title = font(F, 11, Font.BOLD);
    private final Font body = font(F, 9, Font.NORMAL);
    private final Font small = font(F, 8, Font.NORMAL, PdfKit.GREY_TEXT);
    private final Font head = font(F, 7.5f, Font.BOLD);
    private final Font cellFont = font(F, 7.5f, Font.NORMAL);
    private final Font cellBold = font(F, 7.5f, Font.BOLD);
    private final Font cellSmall = font(F, 6.5f, Font.NORMAL, PdfKit.GREY_TEXT);
    private final Font group = font(F, 8, Font.BOLD, PdfKit.ACCENT);
    private final Font none = font(F, 7.5f, Font.ITALIC, PdfKit.GREY_TEXT);

    public byte[] render(RecapitulationData data) {
        return render(data, null);
    }

    /** With the verification code and its QR code at the foot of every page (none if null). */
    public byte[] render(RecapitulationData data, Verification verification) {
        String footer = "SI PETRUK - Rekapitulasi Penilaian ASN Berprestasi - periode " + data.periodCode() + " - versi "
                + data.version() + " - dibuat " + IndonesianDates.dateTime(data.generatedAt());
        return PdfKit.render(PageSize.A4.rotate(), 36, "Rekapitulasi Penilaian ASN Berprestasi " + data.periodCode(),
                footer, null, false, verification, document -> draw(document, data));
    }

    private void draw(Document document, RecapitulationData data) {
        Regency regency = data.regency();
        add(document, centered("REKAPITULASI PENILAIAN APARATUR SIPIL NEGARA BERPRESTASI", heading));
        add(document, centered("DI LINGKUNGAN PEMERINTAH " + regency.nameUpper() + " TAHUN " + data.year(), heading));
        add(document, centered(Regency.upper(regency.bkpsdmName()), headingSmall));
        // the rule under the heading as a bordered empty table row (a LineSeparator would be drawn over the
        // first row of the table that follows)
        PdfPTable rule = table(1);
        PdfPCell line = plain((Element) null);
        line.setFixedHeight(4);
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderColorBottom(PdfKit.ACCENT);
        line.setBorderWidthBottom(1.2f);
        rule.addCell(line);
        add(document, rule);

        add(document, facts(data));
        add(document, rows(data));

        // the legend beside the signature, so that the signature never stands alone on a last page
        Paragraph legend = paragraph("Skor indikator menurut rubrik periode; Total = Kinerja + Disiplin + Inovasi + "
                + "Perilaku + Team Work. Hasil verifikasi = keputusan terakhir Tim Verifikasi Internal BKPSDM. "
                + "Nilai tim penilai = rata-rata nilai anggota Tim Penilai Eksternal yang menilai (finalis saja). "
                + "Nilai akhir = Total \u00d7 " + data.instrumentWeight() + "% + nilai tim penilai \u00d7 "
                + data.panelWeight() + "%. \"-\" = tidak ada nilai.", small, Element.ALIGN_LEFT);
        legend.setLeading(0, 1.3f);
        PdfPCell left = plain(legend);
        left.setPaddingRight(24);
        PdfPTable signature = PdfKit.signatureBlock(
                List.of(regency.place() + ", " + IndonesianDates.date(data.date()), "Kepala " + regency.bkpsdmName()),
                List.of("(......................................................)",
                        "NIP. ................................................"),
                body, body, left, Element.ALIGN_CENTER);
        signature.setSpacingBefore(8);
        add(document, signature);
    }

    /** Period, status, counts; the decree or the reason the period closed without award. */
    private PdfPTable facts(RecapitulationData data) {
        PdfPTable table = table(18, 2, 80);
        table.setSpacingBefore(8);
        table.setSpacingAfter(8);
        row(table, "Periode", data.periodTitle() + " (" + data.periodCode() + ")");
        row(table, "Status periode", data.status());
        long opds = data.opds().size();
        long without = data.opdsWithoutNomination();
        row(table, "OPD", opds + " OPD diundang, " + (opds - without) + " mengusulkan, " + without
                + " tidak mengusulkan");
        row(table, "Jumlah calon", data.rows().size() + " orang");
        if (data.decreeNumber() != null && !data.decreeNumber().isBlank()) {
            row(table, "Keputusan Bupati", "Nomor " + data.decreeNumber());
        }
        if (data.closingNote() != null && !data.closingNote().isBlank()) {
            row(table, "Catatan penutupan", data.closingNote());
        }
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        table.addCell(plain(label, font(F, 9, Font.BOLD)));
        table.addCell(plain(":", body));
        table.addCell(plain(value, body));
    }

    private PdfPTable rows(RecapitulationData data) {
        PdfPTable table = table(WIDTHS);
        table.setHeaderRows(1);
        // a nominee's row moves to the next page whole instead of being cut
        table.setSplitLate(true);
        for (String column : COLUMNS) {
            PdfPCell cell = headerCell(column, head);
            cell.setPadding(3);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(cell);
        }
        int no = 1;
        for (RecapitulationData.OpdGroup opd : data.opds()) {
            Phrase name = new Phrase(text(opd.opdName()), group);
            if (opd.nominatedNobody()) {
                name.add(new Phrase(text("  \u2013  " + opd.participation().toLowerCase(Locale.ROOT)), none));
            } else {
                name.add(new Phrase(text("  (" + opd.rows().size() + " calon)"), cellSmall));
            }
            PdfPCell groupCell = cell(name);
            groupCell.setColspan(COLUMNS.length);
            groupCell.setPadding(3);
            groupCell.setPaddingLeft(5);
            groupCell.setBackgroundColor(opd.nominatedNobody() ? null : new java.awt.Color(0xF3, 0xF5, 0xF8));
            table.addCell(groupCell);
            for (RecapitulationData.Row row : opd.rows()) {
                table.addCell(num(no++ + ".", cellFont));
                Phrase who = new Phrase();
                who.add(new Phrase(text(row.nominee().name()), cellBold));
                who.add(new Phrase(text("\n" + row.nominee().nip()), cellFont));
                who.add(new Phrase(text("\n" + row.nominee().position()), cellSmall));
                PdfPCell whoCell = cell(who);
                whoCell.setPadding(3);
                table.addCell(whoCell);
                table.addCell(num(number(row.kinerja()), cellFont));
                table.addCell(num(number(row.disiplin()), cellFont));
                table.addCell(num(number(row.inovasi()), cellFont));
                table.addCell(num(number(row.perilaku()), cellFont));
                table.addCell(num(number(row.teamWork()), cellFont));
                table.addCell(num(number(row.total()), cellBold));
                table.addCell(small(row.verification()));
                table.addCell(num(number(row.panelScore()), cellFont));
                table.addCell(num(number(row.finalScore()), cellBold));
                table.addCell(num(number(row.finalRank()), cellBold));
                table.addCell(small(row.finalStatus()));
            }
        }
        if (data.opds().isEmpty()) {
            PdfPCell empty = cell("Belum ada OPD yang diundang.", none);
            empty.setColspan(COLUMNS.length);
            table.addCell(empty);
        }
        return table;
    }

    private PdfPCell num(String value, Font font) {
        PdfPCell cell = cell(value, font);
        cell.setPadding(3);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private PdfPCell small(String value) {
        PdfPCell cell = cell(value, cellFont);
        cell.setPadding(3);
        return cell;
    }
}

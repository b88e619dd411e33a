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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import id.sipetruk.common.IndonesianDates;
import id.sipetruk.regency.Regency;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Draws the Berita Acara Penilaian Tim Penilai Eksternal (A4 portrait): the members, every member's presentation
 * and interview score of every finalist (or the abstention and its reason), the aggregate, the final score and
 * rank, and the members' signatures.
 */
public class PanelMinutesPdf {

    private static final int F = Font.TIMES_ROMAN;
    private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};

    private final Font government = font(F, 12, Font.BOLD, PdfKit.ACCENT);
    private final Font agency = font(F, 11, Font.BOLD, PdfKit.ACCENT);
    private final Font title = font(F, 12.5f, Font.BOLD);
    private final Font subtitle = font(F, 11, Font.BOLD);
    private final Font body = font(F, 10.5f, Font.NORMAL);
    private final Font bold = font(F, 10.5f, Font.BOLD);
    private final Font section = font(F, 11, Font.BOLD);
    private final Font tableBody = font(F, 9.5f, Font.NORMAL);
    private final Font tableBold = font(F, 9.5f, Font.BOLD);
    private final Font tableItalic = font(F, 9.5f, Font.ITALIC);
    private final Font small = font(F, 8.5f, Font.ITALIC, PdfKit.GREY_TEXT);

    public byte[] render(PanelMinutesData data) {
        return render(data, null);
    }

    /** With the verification code and its QR code at the foot of every page (none if null). */
    public byte[] render(PanelMinutesData data, Verification verification) {
        String footer = "SI PETRUK - Berita Acara Penilaian Tim Penilai Eksternal - periode " + data.periodCode()
                + " - versi " + data.version() + " - dibuat " + IndonesianDates.dateTime(data.generatedAt());
        return PdfKit.render(PageSize.A4, 48, "Berita Acara Penilaian Tim Penilai Eksternal " + data.periodCode(),
                footer, null, false, verification, document -> draw(document, data));
    }

    /** "Minggu" for a Sunday. */
    static String dayName(LocalDate date) {
        return DAYS[date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
    }

    private void draw(Document document, PanelMinutesData data) {
        Regency regency = data.regency();
        add(document, centered("PEMERINTAH " + regency.nameUpper(), government));
        add(document, centered(Regency.upper(regency.bkpsdmName()), agency));
        Paragraph rule = new Paragraph();
        rule.add(new LineSeparator(1.2f, 100, PdfKit.ACCENT, Element.ALIGN_CENTER, -4));
        add(document, rule);

        Paragraph heading = centered("BERITA ACARA", title);
        heading.setSpacingBefore(12);
        add(document, heading);
        add(document, centered("PENILAIAN TIM PENILAI EKSTERNAL", title));
        add(document, centered("APARATUR SIPIL NEGARA BERPRESTASI TAHUN " + data.year(), subtitle));
        Paragraph period = centered(data.periodTitle() + " (" + data.periodCode() + ")", body);
        period.setSpacingAfter(10);
        add(document, period);

        Paragraph opening = paragraph("Pada hari ini, " + dayName(data.date()) + ", tanggal "
                + IndonesianDates.date(data.date()) + ", Tim Penilai Eksternal Aparatur Sipil Negara Berprestasi di "
                + "Lingkungan Pemerintah " + regency.name() + " Tahun " + data.year() + " telah menyelesaikan penilaian "
                + "presentasi dan wawancara terhadap " + data.finalists().size() + " (" + words(data.finalists().size())
                + ") finalis. Setiap anggota menilai secara mandiri; anggota yang mempunyai konflik kepentingan "
                + "dengan seorang finalis tidak menilai finalis tersebut dan menyatakan alasannya. Hasil penilaian "
                + "adalah sebagai berikut.", body, Element.ALIGN_JUSTIFIED);
        opening.setLeading(0, 1.3f);
        add(document, opening);

        add(document, sectionTitle("A. Anggota Tim Penilai Eksternal"));
        add(document, members(data));

        add(document, sectionTitle("B. Nilai Setiap Anggota per Finalis"));
        Paragraph rule2 = paragraph("Nilai anggota = (presentasi + wawancara) / 2. Nilai tim penilai = rata-rata nilai "
                + "anggota yang menilai (anggota yang tidak menilai karena konflik kepentingan tidak dihitung). Nilai "
                + "akhir = total instrumen \u00d7 " + data.instrumentWeight() + "% + nilai tim penilai \u00d7 "
                + data.panelWeight() + "%.", small, Element.ALIGN_LEFT);
        rule2.setSpacingAfter(4);
        add(document, rule2);
        if (data.finalists().isEmpty()) {
            add(document, paragraph("Tidak ada finalis yang dinilai.", body, Element.ALIGN_LEFT));
        }
        for (PanelMinutesData.Finalist finalist : data.finalists()) {
            add(document, finalist(finalist, data));
        }

        add(document, sectionTitle("C. Hasil Akhir"));
        add(document, summary(data));

        Paragraph closing = paragraph("Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
                + "sebagaimana mestinya.", body, Element.ALIGN_JUSTIFIED);
        closing.setSpacingBefore(10);
        add(document, closing);
        add(document, signatures(data));
    }

    private Paragraph sectionTitle(String text) {
        Paragraph paragraph = paragraph(text, section, Element.ALIGN_LEFT);
        paragraph.setSpacingBefore(10);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    private PdfPTable members(PanelMinutesData data) {
        PdfPTable table = table(6, 64, 30);
        table.setHeaderRows(1);
        table.addCell(center(headerCell("No", tableBold)));
        table.addCell(headerCell("Nama", tableBold));
        table.addCell(headerCell("Kedudukan dalam tim", tableBold));
        int no = 1;
        for (PanelMinutesData.Member member : data.members()) {
            table.addCell(center(cell(no++ + ".", tableBody)));
            table.addCell(cell(member.name(), tableBody));
            table.addCell(cell("Anggota", tableBody));
        }
        if (data.members().isEmpty()) {
            PdfPCell none = cell("Tim penilai belum mempunyai anggota.", tableItalic);
            none.setColspan(3);
            table.addCell(none);
        }
        return table;
    }

    /** One finalist: who, then one row per member, then the aggregate, final score and rank. */
    private PdfPTable finalist(PanelMinutesData.Finalist finalist, PanelMinutesData data) {
        PdfPTable table = table(6, 34, 12, 12, 12, 24);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(2);
        table.setKeepTogether(true);

        Nominee nominee = finalist.nominee();
        Phrase who = new Phrase();
        who.add(new Phrase(text((finalist.finalRank() == null ? "" : "Peringkat akhir " + finalist.finalRank() + " \u2013 ")
                + nominee.name()), tableBold));
        who.add(new Phrase(text("\nNIP " + nominee.nip() + " \u2013 " + nominee.position() + ", " + nominee.opdName()),
                tableBody));
        PdfPCell head = cell(who);
        head.setColspan(6);
        head.setBackgroundColor(PdfKit.HEADER_FILL);
        table.addCell(head);

        table.addCell(center(headerCell("No", tableBold)));
        table.addCell(headerCell("Anggota tim penilai", tableBold));
        table.addCell(center(headerCell("Presentasi", tableBold)));
        table.addCell(center(headerCell("Wawancara", tableBold)));
        table.addCell(center(headerCell("Nilai anggota", tableBold)));
        table.addCell(headerCell("Keterangan", tableBold));

        int no = 1;
        for (PanelMinutesData.MemberScore score : finalist.scores()) {
            table.addCell(center(cell(no++ + ".", tableBody)));
            table.addCell(cell(score.memberName(), tableBody));
            table.addCell(center(cell(score.abstained() ? "-" : number(score.presentation()), tableBody)));
            table.addCell(center(cell(score.abstained() ? "-" : number(score.interview()), tableBody)));
            table.addCell(center(cell(score.counted() ? number(score.score()) : "-", tableBold)));
            if (score.abstained()) {
                Phrase reason = new Phrase();
                reason.add(new Phrase(text("Tidak menilai (konflik kepentingan). Alasan: "), tableItalic));
                reason.add(new Phrase(text(score.abstentionReason()), tableBody));
                table.addCell(cell(reason));
            } else {
                table.addCell(cell(score.counted() ? "Dinilai" : "Belum ada nilai", tableBody));
            }
        }

        summaryRow(table, "Nilai tim penilai (rata-rata " + finalist.counted() + " anggota yang menilai"
                + (finalist.abstained() > 0 ? ", " + finalist.abstained() + " tidak menilai" : "") + ")",
                number(finalist.panelScore()));
        summaryRow(table, "Total instrumen penilaian kinerja", number(finalist.instrumentTotal()));
        summaryRow(table, "Nilai akhir (" + number(finalist.instrumentTotal()) + " \u00d7 " + data.instrumentWeight()
                + "% + " + number(finalist.panelScore()) + " \u00d7 " + data.panelWeight() + "%)",
                number(finalist.finalScore()));
        summaryRow(table, "Peringkat akhir", number(finalist.finalRank()));
        return table;
    }

    private void summaryRow(PdfPTable table, String label, String value) {
        PdfPCell name = cell(label, tableBody);
        name.setColspan(4);
        name.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(name);
        PdfPCell number = center(cell(value, tableBold));
        number.setBackgroundColor(PdfKit.HEADER_FILL);
        table.addCell(number);
        table.addCell(cell("", tableBody));
    }

    private PdfPTable summary(PanelMinutesData data) {
        PdfPTable table = table(11, 32, 24, 11, 11, 11);
        table.setHeaderRows(1);
        for (String column : List.of("Peringkat akhir", "Nama / NIP", "OPD", "Total instrumen", "Nilai tim penilai",
                "Nilai akhir")) {
            table.addCell(center(headerCell(column, tableBold)));
        }
        for (PanelMinutesData.Finalist finalist : data.finalists()) {
            table.addCell(center(cell(number(finalist.finalRank()), tableBold)));
            Phrase who = new Phrase();
            who.add(new Phrase(text(finalist.nominee().name()), tableBody));
            who.add(new Phrase(text("\n" + finalist.nominee().nip()), tableBody));
            table.addCell(cell(who));
            table.addCell(cell(finalist.nominee().opdName(), tableBody));
            table.addCell(center(cell(number(finalist.instrumentTotal()), tableBody)));
            table.addCell(center(cell(number(finalist.panelScore()), tableBody)));
            table.addCell(center(cell(number(finalist.finalScore()), tableBold)));
        }
        if (data.finalists().isEmpty()) {
            PdfPCell none = cell("Tidak ada finalis.", tableItalic);
            none.setColspan(6);
            table.addCell(none);
        }
        return table;
    }

    /** "Paringin, 22 November 2026", then one row per member: number, name, a dotted line to sign on. */
    private PdfPTable signatures(PanelMinutesData data) {
        PdfPTable table = table(6, 54, 40);
        table.setSpacingBefore(14);
        table.setKeepTogether(true);
        PdfPCell place = plain(paragraph(data.regency().place() + ", " + IndonesianDates.date(data.date()), body,
                Element.ALIGN_LEFT));
        place.setColspan(3);
        place.setPaddingBottom(2);
        table.addCell(place);
        PdfPCell team = plain(paragraph("TIM PENILAI EKSTERNAL,", bold, Element.ALIGN_LEFT));
        team.setColspan(3);
        team.setPaddingBottom(8);
        table.addCell(team);
        int no = 1;
        for (PanelMinutesData.Member member : data.members()) {
            PdfPCell number = plain(paragraph(no + ".", body, Element.ALIGN_LEFT));
            number.setVerticalAlignment(Element.ALIGN_BOTTOM);
            number.setPaddingBottom(6);
            table.addCell(number);
            PdfPCell name = plain(paragraph(member.name(), bold, Element.ALIGN_LEFT));
            name.setVerticalAlignment(Element.ALIGN_BOTTOM);
            name.setPaddingBottom(6);
            table.addCell(name);
            // staggered like a paper berita acara: odd numbers to the left, even to the right of the column
            PdfPCell line = plain(paragraph(no + ". ................................", body,
                    no % 2 == 1 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
            line.setFixedHeight(40);
            line.setVerticalAlignment(Element.ALIGN_BOTTOM);
            line.setPaddingBottom(6);
            table.addCell(line);
            no++;
        }
        return table;
    }

    private static PdfPCell center(PdfPCell cell) {
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    /** 3 -> "tiga"; numbers up to twenty in words, larger ones as digits. */
    static String words(int n) {
        String[] words = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
                "sepuluh", "sebelas"};
        if (n >= 0 && n < words.length) {
            return words[n];
        }
        if (n < 20) {
            return words[n - 10] + " belas";
        }
        if (n == 20) {
            return "dua puluh";
        }
        return String.valueOf(n);
    }
}

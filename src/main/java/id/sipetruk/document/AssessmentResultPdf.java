package id.sipetruk.document;

import static id.sipetruk.document.PdfKit.add;
import static id.sipetruk.document.PdfKit.cell;
import static id.sipetruk.document.PdfKit.centered;
import static id.sipetruk.document.PdfKit.font;
import static id.sipetruk.document.PdfKit.headerCell;
import static id.sipetruk.document.PdfKit.number;
import static id.sipetruk.document.PdfKit.options;
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
import java.util.ArrayList;
import java.util.List;

/** Draws the "Hasil Penilaian Instrumen Kinerja" (A4 portrait) after the old app's printout. */
public class AssessmentResultPdf {

    private static final int F = Font.HELVETICA;
    private final Font heading = font(F, 11.5f, Font.BOLD, PdfKit.ACCENT);
    private final Font headingSmall = font(F, 10, Font.BOLD, PdfKit.ACCENT);
    private final Font title = font(F, 11, Font.BOLD);
    private final Font label = font(F, 9, Font.BOLD);
    private final Font body = font(F, 9, Font.NORMAL);
    private final Font small = font(F, 8, Font.NORMAL, PdfKit.GREY_TEXT);
    private final Font bold = font(F, 9, Font.BOLD);
    private final Font total = font(F, 40, Font.BOLD, PdfKit.ACCENT);
    private final Font totalLabel = font(F, 9, Font.BOLD, PdfKit.GREY_TEXT);

    public byte[] render(AssessmentResultData data) {
        return render(data, null);
    }

    /** With the verification code and its QR code at the foot of every page (none if null). */
    public byte[] render(AssessmentResultData data, Verification verification) {
        return render(data, verification, null, "");
    }

    /** A preview before sign-off: stamped "PRATINJAU", without verification code (it comes with the issued one). */
    public byte[] preview(AssessmentResultData data) {
        return render(data, null, PdfKit.PREVIEW_STAMP, PdfKit.PREVIEW_NOTE + "\n");
    }

    private byte[] render(AssessmentResultData data, Verification verification, String stamp, String note) {
        String footer = note + "SI PETRUK - Hasil Penilaian Instrumen Kinerja - kode nominasi " + data.nominationCode()
                + " - versi " + data.version() + " - dibuat " + IndonesianDates.dateTime(data.generatedAt());
        return PdfKit.render(PageSize.A4, 42, "Hasil Penilaian Instrumen Kinerja " + data.nominee().name(), footer,
                stamp, false, verification, document -> draw(document, data));
    }

    private void draw(Document document, AssessmentResultData data) {
        Regency regency = data.regency();
        List<Paragraph> letterhead = new ArrayList<>(List.of(
                centered("PENILAIAN INSTRUMEN KINERJA (PETRUK)", heading),
                centered("DI LINGKUNGAN PEMERINTAH DAERAH " + regency.nameUpper(), heading),
                centered(Regency.upper(regency.bkpsdmName()), headingSmall)));
        regency.letterhead().forEach(line -> letterhead.add(centered(line, small)));
        PdfKit.letterhead(document, regency.logo(), 52, letterhead);
        Paragraph rule = new Paragraph();
        rule.add(new LineSeparator(1.2f, 100, PdfKit.ACCENT, Element.ALIGN_CENTER, -4));
        add(document, rule);

        Paragraph subtitle = centered("HASIL PENILAIAN", title);
        subtitle.setSpacingBefore(20);
        add(document, subtitle);
        add(document, centered(data.periodTitle() + " - bulan acuan "
                + IndonesianDates.monthYear(data.referenceMonth().getMonthValue(), data.referenceMonth().getYear()), small));

        add(document, profile(data));
        add(document, indicators(data));
        add(document, evidence(data));
        add(document, signatures(data));
    }

    /** Name, NIP, position and OPD on the left; the total score large on the right. */
    private PdfPTable profile(AssessmentResultData data) {
        Nominee nominee = data.nominee();
        PdfPTable identity = table(27, 3, 70);
        row(identity, "NAMA LENGKAP", nominee.name());
        row(identity, "NIP", nominee.nip());
        row(identity, "JABATAN", nominee.position());
        row(identity, "OPD", nominee.opdName());

        PdfPTable layout = table(74, 26);
        layout.setSpacingBefore(12);
        layout.setSpacingAfter(12);
        PdfPCell left = plain(identity);
        left.setVerticalAlignment(Element.ALIGN_MIDDLE);
        layout.addCell(left);

        PdfPCell box = new PdfPCell();
        box.setBorderColor(PdfKit.ACCENT);
        box.setBorderWidth(1.2f);
        box.setBackgroundColor(PdfKit.HEADER_FILL);
        box.setPaddingTop(4);
        box.setPaddingBottom(10);
        box.setVerticalAlignment(Element.ALIGN_MIDDLE);
        box.addElement(centered(number(data.scores().totalScore()), total));
        box.addElement(centered("Total Skor", totalLabel));
        layout.addCell(box);
        return layout;
    }

    private void row(PdfPTable table, String name, String value) {
        table.addCell(PdfKit.plain(name, label));
        table.addCell(PdfKit.plain(":", label));
        table.addCell(PdfKit.plain(value, body));
    }

    private PdfPTable indicators(AssessmentResultData data) {
        AssessmentResultData.Rules rubric = data.rubric();
        AssessmentResultData.Scores s = data.scores();
        String month = IndonesianDates.monthYear(data.referenceMonth().getMonthValue(), data.referenceMonth().getYear());

        PdfPTable table = table(13, 39, 37, 11);
        table.setHeaderRows(1);
        table.addCell(headerCell("Indikator", label));
        table.addCell(headerCell("Kriteria", label));
        table.addCell(headerCell("Data", label));
        PdfPCell scoreHeader = headerCell("Skor", label);
        scoreHeader.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(scoreHeader);

        indicator(table, "Kinerja",
                rubric.kinerjaPredikats() != null
                        ? "Predikat kinerja bulan " + month + " " + rubric.kinerjaPredikats() + " \u2192 "
                                + rubric.kinerjaScore() + "; selain itu \u2192 0"
                        : "Nilai e-Kinerja bulan " + month + " \u2265 " + number(rubric.kinerjaThreshold()) + " \u2192 "
                                + rubric.kinerjaScore() + "; di bawahnya \u2192 0",
                new Phrase(text("e-Kinerja " + month + ": " + (s.eKinerjaPredikat() != null ? s.eKinerjaPredikat()
                        : number(s.eKinerjaValue()))), body), s.kinerjaScore());
        indicator(table, "Disiplin",
                "Persentase kehadiran bulan " + month + " \u2265 " + number(rubric.disiplinThreshold()) + "% \u2192 "
                        + rubric.disiplinScore() + "; di bawahnya \u2192 0",
                new Phrase(text("Kehadiran " + month + ": " + percent(s)), body), s.disiplinScore());
        Phrase innovation = new Phrase();
        innovation.add(new Phrase(text(s.innovationName()), bold));
        if (s.innovationDescription() != null && !s.innovationDescription().isBlank()) {
            innovation.add(new Phrase("\n" + text(s.innovationDescription()), body));
        }
        indicator(table, "Inovasi",
                "Nama dan uraian inovasi atau kegiatan (bagi jabatan fungsional juga prestasi tingkat regional atau "
                        + "nasional); skor " + options(rubric.innovationScoreOptions()) + ".",
                innovation, s.innovationScore());
        indicator(table, "Perilaku",
                "Hasil penilaian e-Perilaku 360\u00b0: Di atas ekspektasi " + rubric.behaviourAboveScore()
                        + ", Sesuai ekspektasi " + rubric.behaviourAsExpectedScore() + ", Di bawah ekspektasi "
                        + rubric.behaviourBelowScore() + ".",
                new Phrase(text(s.behaviourResult() == null ? "-" : s.behaviourResult()), body), s.perilakuScore());
        indicator(table, "Team Work",
                "Penilaian objektif Kepala OPD atas kepemimpinan, komunikasi dan kerja sama; skor "
                        + options(rubric.teamWorkScoreOptions()) + ".",
                new Phrase(text(s.teamWorkScore() == null ? "Belum dinilai Kepala OPD" : "Penilaian Kepala OPD"), body),
                s.teamWorkScore());

        PdfPCell totalCell = cell("Total Skor", bold);
        totalCell.setColspan(3);
        totalCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totalCell.setBackgroundColor(PdfKit.HEADER_FILL);
        table.addCell(totalCell);
        PdfPCell totalValue = cell(number(s.totalScore()), bold);
        totalValue.setHorizontalAlignment(Element.ALIGN_CENTER);
        totalValue.setBackgroundColor(PdfKit.HEADER_FILL);
        table.addCell(totalValue);
        return table;
    }

    /** "Data dukung": the evidence files uploaded with the nomination (name, type, size). */
    private PdfPTable evidence(AssessmentResultData data) {
        PdfPTable table = table(6, 70, 12, 12);
        table.setSpacingBefore(12);
        PdfPCell heading = plain("Data dukung", label);
        heading.setColspan(4);
        heading.setPaddingBottom(4);
        table.addCell(heading);
        if (data.evidence().isEmpty()) {
            PdfPCell none = cell("Tidak ada data dukung", body);
            none.setColspan(4);
            table.addCell(none);
            return table;
        }
        table.setHeaderRows(2);
        table.addCell(headerCell("No", label));
        table.addCell(headerCell("Nama berkas", label));
        table.addCell(headerCell("Jenis", label));
        table.addCell(headerCell("Ukuran", label));
        int no = 0;
        for (AssessmentResultData.EvidenceFile file : data.evidence()) {
            table.addCell(cell(String.valueOf(++no), body));
            table.addCell(cell(file.fileName(), body));
            table.addCell(cell(file.type(), body));
            PdfPCell size = cell(file.size(), body);
            size.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(size);
        }
        return table;
    }

    private static String percent(AssessmentResultData.Scores s) {
        return s.attendancePercent() == null ? "-" : number(s.attendancePercent()) + "%";
    }

    private void indicator(PdfPTable table, String name, String criterion, Phrase data, Integer score) {
        table.addCell(cell(name, bold));
        table.addCell(cell(criterion, body));
        table.addCell(cell(data));
        PdfPCell scoreCell = cell(number(score), bold);
        scoreCell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(scoreCell);
    }

    /** Left: the sign-off recorded in the application; right: room for the OPD head's wet signature. */
    private PdfPTable signatures(AssessmentResultData data) {
        AssessmentResultData.SignOff signOff = data.signOff();
        PdfPCell left = plain((Element) null);
        left.setPaddingRight(12);
        Paragraph heading = new Paragraph(text("Persetujuan dalam aplikasi SI PETRUK"), label);
        left.addElement(heading);
        if (signOff.signedOffBy() != null) {
            left.addElement(new Paragraph(text("Disetujui oleh: " + signOff.signedOffBy()), body));
            left.addElement(new Paragraph(text("Pada: " + IndonesianDates.dateTime(signOff.signedOffAt())), body));
        } else {
            left.addElement(new Paragraph(text("Belum disetujui Kepala OPD."), body));
        }
        if (signOff.filledBy() != null) {
            Paragraph filled = new Paragraph(text("Diisi oleh: " + signOff.filledBy() + ", "
                    + IndonesianDates.dateTime(signOff.filledAt())), small);
            filled.setSpacingBefore(4);
            left.addElement(filled);
        }

        return PdfKit.signatureBlock(
                List.of(data.regency().place() + ", " + IndonesianDates.date(data.signDate()),
                        "Kepala " + data.nominee().opdName()),
                List.of("(......................................................)",
                        "NIP. ................................................"),
                body, body, left, Element.ALIGN_CENTER);
    }
}

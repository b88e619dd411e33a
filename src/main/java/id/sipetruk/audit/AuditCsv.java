package id.sipetruk.audit;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit trail as CSV for Excel with Indonesian regional settings: ';' between fields (the decimal
 * separator is ','), a UTF-8 byte order mark so that Excel reads UTF-8, CRLF line ends, every field quoted.
 */
public final class AuditCsv {

    static final String BOM = "\uFEFF";
    static final List<String> HEADER = List.of("Waktu", "Pengguna", "Tindakan", "Perihal", "Alasan/keterangan");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String SEPARATOR = ";";
    private static final String LINE_END = "\r\n";

    private AuditCsv() {
    }

    public static String of(List<AuditEntry> entries) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (AuditEntry entry : entries) {
            line(csv, List.of(entry.time() == null ? "" : entry.time().format(TIME), entry.actor(), entry.action(),
                    entry.subject() == null ? "" : entry.subject(), entry.details()));
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : SEPARATOR).append(field(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    /**
     * One quoted field: quotes doubled, line breaks kept inside the quotes, and a leading apostrophe on anything
     * a spreadsheet would run as a formula (=, +, -, @, tab, CR), since reasons are typed by users.
     */
    static String field(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}

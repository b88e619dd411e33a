package id.sipetruk.organization;

import id.sipetruk.common.Messages;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * BKN SIASN's "Export Data ASN" as CSV, read by Apache Commons CSV and mapped by header name (upper case, spaces or
 * underscores, in any order; extra columns ignored, optional ones may be missing). Cells are cleaned as real
 * exports need: a byte-order mark, Excel's leading apostrophe ({@code '198104…}) and the text {@code null} for an
 * empty cell. Comma or semicolon, whichever the header uses.
 */
public final class SiasnEmployeeFile {

    public static final String NIP = "NIP BARU";
    public static final String NAME = "NAMA";
    public static final String TITLE_BEFORE = "GELAR DEPAN";
    public static final String TITLE_AFTER = "GELAR BELAKANG";
    public static final String EMPLOYEE_TYPE = "JENIS PEGAWAI NAMA";
    public static final String LEGAL_STATUS_ID = "KEDUDUKAN HUKUM ID";
    public static final String LEGAL_STATUS_NAME = "KEDUDUKAN HUKUM NAMA";
    public static final String CPNS_OR_PNS = "STATUS CPNS PNS";
    public static final String GRADE = "GOL AKHIR NAMA";
    public static final String POSITION = "JABATAN NAMA";
    public static final String UNOR_ID = "UNOR ID";
    public static final String UNOR_NAME = "UNOR NAMA";
    public static final String WORK_UNIT = "SATUAN KERJA KERJA NAMA";

    /** Without these a row cannot be placed; a file that lacks one is refused as a whole. */
    static final List<String> REQUIRED = List.of(NIP, NAME, UNOR_ID, UNOR_NAME);
    /** Names reduced exports use for the same columns. */
    private static final Map<String, String> ALIASES = Map.of("NIP", NIP, "NAMA UNOR", UNOR_NAME,
            "SATUAN KERJA NAMA", WORK_UNIT, "JABATAN", POSITION, "GOLONGAN", GRADE);

    /**
     * One data row.
     *
     * @param row the row number as a spreadsheet shows it (the header is row 1)
     */
    public record Row(int row, Map<String, String> cells) {

        /** The cleaned cell of the column; "" if empty or missing. */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** A row or column that cannot be used, with the reason in Bahasa Indonesia. */
    public record Problem(int baris, String kolom, String pesan) {
    }

    public record Content(List<Row> rows, List<Problem> problems) {
    }

    private SiasnEmployeeFile() {
    }

    public static Content read(byte[] file) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.isEmpty()) {
                return new Content(List.of(), List.of(new Problem(1, "", Messages.get("import.empty"))));
            }
            Map<Integer, String> columns = new HashMap<>();
            CSVRecord header = records.get(0);
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
                columns.put(i, ALIASES.getOrDefault(name, name));
            }
            List<Problem> problems = new ArrayList<>();
            for (String required : REQUIRED) {
                if (!columns.containsValue(required)) {
                    problems.add(new Problem(1, required, Messages.get("import.missingColumn", required)));
                }
            }
            if (!problems.isEmpty()) {
                return new Content(List.of(), problems);
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r < records.size(); r++) {
                CSVRecord record = records.get(r);
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < record.size(); i++) {
                    String column = columns.get(i);
                    if (column != null) {
                        cells.putIfAbsent(column, clean(record.get(i)));
                    }
                }
                rows.add(new Row(r + 1, cells));
            }
            return new Content(rows, List.of());
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            return new Content(List.of(), List.of(new Problem(1, "", Messages.get("import.unreadable"))));
        }
    }

    /** Without Excel's leading apostrophe; "" for the text null. */
    static String clean(String cell) {
        String value = Optional.ofNullable(cell).orElse("").strip();
        if (value.startsWith("'")) {
            value = value.substring(1).strip();
        }
        return value.equalsIgnoreCase("null") ? "" : value;
    }

    private static long count(String line, char c) {
        return line.chars().filter(ch -> ch == c).count();
    }
}

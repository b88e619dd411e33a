package id.sipetruk.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/**
 * A table as regencies exchange it: CSV (read by Apache Commons CSV) or XLSX (the first sheet, read by FastExcel's
 * streaming reader), told apart by the content, mapped by header name (upper case, spaces or underscores, in any
 * order; extra columns ignored, optional ones may be missing). Cells are cleaned as real exports need: a
 * byte-order mark, Excel's leading apostrophe ({@code '198104…}) and the text {@code null} for an empty cell.
 * Comma or semicolon, whichever the header uses.
 */
public final class TableFile {

    /**
     * The columns a kind of file has.
     *
     * @param required without these a row cannot be used: a file lacking one is refused as a whole
     * @param aliases  other names exports use for the same column, by the name the importer reads
     */
    public record Columns(List<String> required, Map<String, String> aliases) {
    }

    /**
     * One data row.
     *
     * @param row the row number as a spreadsheet shows it (the header is row 1)
     */
    public record Row(int row, Map<String, String> cells, Set<String> numbersTooLong) {

        /**
         * Whether the column's cell was a spreadsheet number of more than 15 digits: Excel keeps 15, so its last
         * digits are lost (an 18-digit NIP must be stored as text).
         */
        public boolean lostDigits(String column) {
            return numbersTooLong.contains(column);
        }

        /** The cleaned cell of the column; "" if empty or missing. */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /**
     * The rows, or why the file as a whole cannot be read.
     *
     * @param columns the columns the header names, by the names the importer reads
     */
    public record Content(Set<String> columns, List<Row> rows, List<ImportProblem> problems) {
    }

    private TableFile() {
    }

    public static Content read(byte[] file, Columns expected) {
        try {
            return fromTable(isXlsx(file) ? xlsx(file) : csv(file), expected);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            return new Content(Set.of(), List.of(),
                    List.of(new ImportProblem(1, "", Messages.get("import.unreadable"))));
        }
    }

    /** A row of cells as read, with its number as a spreadsheet shows it. */
    private record Line(int row, List<String> cells, Set<Integer> numbersTooLong) {
    }

    private static List<Line> csv(byte[] file) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(new Line(lines.size() + 1, record.toList(), Set.of()));
            }
        }
        return lines;
    }

    private static List<Line> xlsx(byte[] file) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                List<String> cells = new ArrayList<>();
                Set<Integer> tooLong = new HashSet<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(text(cell));
                    if (cell != null && cell.getType() == CellType.NUMBER
                            && new BigDecimal(cell.getRawValue()).toBigInteger().toString().length() > 15) {
                        tooLong.add(i);
                    }
                }
                lines.add(new Line(row.getRowNum(), cells, tooLong));
            });
        }
        return lines;
    }

    /** A cell's text; a number as written. */
    private static String text(Cell cell) {
        if (cell == null || cell.getRawValue() == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return new BigDecimal(cell.getRawValue()).toPlainString();
        }
        return cell.getText();
    }

    private static boolean isXlsx(byte[] file) {
        return file.length > 4 && file[0] == 'P' && file[1] == 'K' && file[2] == 3 && file[3] == 4;
    }

    private static Content fromTable(List<Line> lines, Columns expected) {
        if (lines.isEmpty() || lines.get(0).cells().stream().allMatch(String::isBlank)) {
            return new Content(Set.of(), List.of(), List.of(new ImportProblem(1, "", Messages.get("import.empty"))));
        }
        List<String> header = lines.get(0).cells();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT).replace('_', ' ')
                    .replaceAll("\\s+", " ");
            index.putIfAbsent(expected.aliases().getOrDefault(name, name), i);
        }
        List<ImportProblem> problems = new ArrayList<>();
        for (String required : expected.required()) {
            if (!index.containsKey(required)) {
                problems.add(new ImportProblem(1, required, Messages.get("import.missingColumn", required)));
            }
        }
        if (!problems.isEmpty()) {
            return new Content(Set.of(), List.of(), problems);
        }
        Map<Integer, String> names = new HashMap<>();
        index.forEach((name, i) -> names.put(i, name));
        List<Row> rows = new ArrayList<>(lines.size());
        for (Line line : lines.subList(1, lines.size())) {
            String[] cells = line.cells().subList(0, Math.min(header.size(), line.cells().size())).toArray(String[]::new);
            boolean empty = true;
            for (int i = 0; i < cells.length; i++) {
                cells[i] = clean(cells[i]);
                empty &= cells[i].isEmpty();
            }
            if (!empty) {
                Set<String> tooLong = line.numbersTooLong().isEmpty() ? Set.of() : line.numbersTooLong().stream()
                        .map(names::get).filter(Objects::nonNull).collect(Collectors.toSet());
                rows.add(new Row(line.row(), new Cells(index, cells), tooLong));
            }
        }
        return new Content(Set.copyOf(index.keySet()), rows, List.of());
    }

    /**
     * A row's cells by column name: the header's one index and the row's array, instead of a hash table per row
     * (a province's 50,000 rows of 65 columns). Read-only.
     */
    private static final class Cells extends AbstractMap<String, String> {

        private final Map<String, Integer> index;
        private final String[] cells;

        Cells(Map<String, Integer> index, String[] cells) {
            this.index = index;
            this.cells = cells;
        }

        @Override
        public String get(Object column) {
            Integer i = index.get(column);
            return i == null || i >= cells.length ? null : cells[i];
        }

        @Override
        public String getOrDefault(Object column, String otherwise) {
            String cell = get(column);
            return cell == null ? otherwise : cell;
        }

        @Override
        public boolean containsKey(Object column) {
            return get(column) != null;
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            Map<String, String> copy = new HashMap<>();
            index.forEach((column, i) -> {
                if (i < cells.length) {
                    copy.put(column, cells[i]);
                }
            });
            return Collections.unmodifiableMap(copy).entrySet();
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

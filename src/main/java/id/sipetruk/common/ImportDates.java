package id.sipetruk.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as regencies' files write them: "01-03-2005" or "01/03/2005" (day first, as SIASN exports), "2005-03-01",
 * or a spreadsheet date cell, which arrives as Excel's day number ("38412").
 */
public final class ImportDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    /** Day 0 of Excel's date numbers (it counts 1900-02-29, which did not exist; dates after it are right). */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private ImportDates() {
    }

    /**
     * @return the date, or null for an empty cell
     * @throws ValidationException ("import.date") when the cell is no date
     */
    public static LocalDate parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String value = cell.strip();
        if (value.matches("\\d{4,5}(\\.0+)?")) {
            return EXCEL_EPOCH.plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
        }
        String day = value.length() > 10 ? value.substring(0, 10) : value;
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(day, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        throw new ValidationException("import.date", value);
    }
}

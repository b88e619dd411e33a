package id.sipetruk.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** Dates the way Indonesian documents print them: "22 November 2026". */
public final class IndonesianDates {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};

    private IndonesianDates() {
    }

    public static String date(LocalDate date) {
        return date == null ? "-" : date.getDayOfMonth() + " " + month(date.getMonthValue()) + " " + date.getYear();
    }

    public static String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "-"
                : date(dateTime.toLocalDate()) + " pukul " + dateTime.format(DateTimeFormatter.ofPattern("HH.mm", INDONESIAN));
    }

    public static String month(int month) {
        return MONTHS[month - 1];
    }

    /** 1 for "Januari" (or "januari", "JAN"), empty for anything else. */
    public static Optional<Integer> monthNumber(String name) {
        String typed = name.strip().toLowerCase(INDONESIAN);
        for (int i = 0; i < MONTHS.length; i++) {
            String month = MONTHS[i].toLowerCase(INDONESIAN);
            if (typed.length() >= 3 && month.startsWith(typed)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    public static String monthYear(int month, int year) {
        return month(month) + " " + year;
    }
}

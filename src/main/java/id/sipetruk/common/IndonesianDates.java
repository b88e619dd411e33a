package id.sipetruk.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

    public static String monthYear(int month, int year) {
        return month(month) + " " + year;
    }
}

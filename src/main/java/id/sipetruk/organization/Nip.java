package id.sipetruk.organization;

import id.sipetruk.common.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * An ASN's number, 18 digits = birth date YYYYMMDD + appointment + sex (1 male, 2 female) + sequence NNN. Printed
 * grouped as "19810407 200001 1 001". A PNS's NIP has the appointment as YYYYMM (TMT CPNS); a PPPK's number (NI PPPK)
 * has the year of appointment and {@value #PPPK_MARK} where the month would be ("19900101 2023 21 2 001").
 *
 * @param appointment the month of appointment of a PNS; null for a PPPK, whose number holds the year only
 */
public record Nip(String value, Kind kind, LocalDate birthDate, YearMonth appointment, int appointmentYear, int sex,
                  int sequence) {

    /** The two digits (13th and 14th) that mark a PPPK's number. */
    public static final String PPPK_MARK = "21";

    /** Which kind of ASN the number belongs to. */
    public enum Kind {
        /** Pegawai Negeri Sipil (and CPNS): NIP */
        PNS,
        /** Pegawai Pemerintah dengan Perjanjian Kerja: NI PPPK */
        PPPK
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{18}");

    public static Nip parse(String input) {
        String raw = input == null ? "" : input.replace(" ", "").trim();
        if (!DIGITS.matcher(raw).matches()) {
            throw new ValidationException("nip.format", input == null ? "" : input);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4, 6)),
                    Integer.parseInt(raw.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new ValidationException("nip.date", raw);
        }
        if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
            throw new ValidationException("nip.date", raw);
        }
        int year = Integer.parseInt(raw.substring(8, 12));
        Kind kind = raw.substring(12, 14).equals(PPPK_MARK) ? Kind.PPPK : Kind.PNS;
        YearMonth appointed = null;
        if (kind == Kind.PNS) {
            try {
                appointed = YearMonth.of(year, Integer.parseInt(raw.substring(12, 14)));
            } catch (DateTimeException e) {
                throw new ValidationException("nip.appointmentMonth", raw);
            }
            if (!appointed.isAfter(YearMonth.from(birth)) || appointed.isAfter(YearMonth.now().plusYears(1))) {
                throw new ValidationException("nip.appointment", raw);
            }
        } else if (year <= birth.getYear() || year > LocalDate.now().getYear() + 1) {
            throw new ValidationException("nip.appointment", raw);
        }
        int sex = raw.charAt(14) - '0';
        if (sex != 1 && sex != 2) {
            throw new ValidationException("nip.sex", raw);
        }
        int sequence = Integer.parseInt(raw.substring(15));
        if (sequence == 0) {
            throw new ValidationException("nip.sequence", raw);
        }
        return new Nip(raw, kind, birth, appointed, year, sex, sequence);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** "19810407 200001 1 001" (PNS), "19900101 2023 21 2 001" (PPPK). */
    public String formatted() {
        return kind == Kind.PPPK
                ? value.substring(0, 8) + " " + value.substring(8, 12) + " " + PPPK_MARK + " " + value.charAt(14) + " "
                        + value.substring(15)
                : value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
    }
}

package id.sipetruk.organization;

import id.sipetruk.common.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Nomor Induk Pegawai: 18 digits = birth date YYYYMMDD + appointment YYYYMM + sex (1 male, 2 female) + sequence NNN.
 * Printed grouped as "19810407 200001 1 001".
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointment, int sex, int sequence) {

    public static Nip parse(String input) {
        String raw = input == null ? "" : input.replace(" ", "").trim();
        if (!raw.matches("\\d{18}")) {
            throw new ValidationException("nip.format", input == null ? "" : input);
        }
        LocalDate birth;
        YearMonth appointed;
        try {
            birth = LocalDate.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4, 6)),
                    Integer.parseInt(raw.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new ValidationException("nip.date", raw);
        }
        try {
            appointed = YearMonth.of(Integer.parseInt(raw.substring(8, 12)), Integer.parseInt(raw.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new ValidationException("nip.appointmentMonth", raw);
        }
        if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
            throw new ValidationException("nip.date", raw);
        }
        if (!appointed.isAfter(YearMonth.from(birth)) || appointed.isAfter(YearMonth.now().plusYears(1))) {
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
        return new Nip(raw, birth, appointed, sex, sequence);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    public String formatted() {
        return value.substring(0, 8) + " " + value.substring(8, 14) + " " + value.charAt(14) + " " + value.substring(15);
    }
}

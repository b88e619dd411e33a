package id.sipetruk.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.common.Messages;
import id.sipetruk.common.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    @Test
    void parsesBirthDateAppointmentSexAndSequence_andPrintsItGrouped() {
        Nip nip = Nip.parse("19810407 200001 1 001");
        assertThat(nip.value()).isEqualTo("198104072000011001");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1981, 4, 7));
        assertThat(nip.appointment()).isEqualTo(YearMonth.of(2000, 1));
        assertThat(nip.sex()).isEqualTo(1);
        assertThat(nip.sequence()).isEqualTo(1);
        assertThat(nip.formatted()).isEqualTo("19810407 200001 1 001");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "12345, 18 angka",
            "1981040720000110011, 18 angka",
            "19810407200001100A, 18 angka",
            "198113072000011001, tanggal lahir",
            "198102302000011001, tanggal lahir",
            "198104072000131001, bulan TMT pengangkatan",
            "198104071980011001, sesudah bulan lahir",
            "198104071981041001, sesudah bulan lahir",
            "198104072000013001, jenis kelamin",
            "198104072000010001, jenis kelamin",
            "198104072000011000, nomor urut",
            "'', 18 angka"
    })
    void rejectsAnythingThatIsNotANip(String input, String reason) {
        assertThatThrownBy(() -> Nip.parse(input)).isInstanceOf(ValidationException.class).hasMessageContaining(reason);
        assertThat(Nip.isValid(input)).isFalse();
    }

    /**
     * The seed prints "19819407200041002": 17 digits, one short in the appointment month ("2000 4"). Restored to
     * 18 digits (appointment 2000-04) its only fault left is the month 94 in the birth date, so it must fail on the
     * date rule, not on its length.
     */
    @Test
    void theSeedsPrintedNip_restoredTo18Digits_isRefusedForItsBirthMonth94() {
        String restored = "198194072000041002";
        assertThatThrownBy(() -> Nip.parse(restored)).isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("nip.date", restored));
        assertThat(Nip.parse("198104072000041002").birthDate()).as("the same NIP with month 04 is valid")
                .isEqualTo(LocalDate.of(1981, 4, 7));
    }

    @Test
    void anAppointmentMonth94_isRefusedByTheMonthRule() {
        String nip = "198104072000941001";
        assertThatThrownBy(() -> Nip.parse(nip)).isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("nip.appointmentMonth", nip));
        assertThat(Nip.parse("198104072000041001").appointment()).as("the same NIP with month 04 is valid")
                .isEqualTo(YearMonth.of(2000, 4));
    }

    @Test
    void aPppkNumber_hasTwentyOneWhereAPnsNipHasTheMonth_andIsRecognisedAsPppk() {
        Nip pppk = Nip.parse("19900101 2023 21 2 001");
        assertThat(pppk.kind()).isEqualTo(Nip.Kind.PPPK);
        assertThat(pppk.appointmentYear()).isEqualTo(2023);
        assertThat(pppk.appointment()).as("a PPPK's number holds the year only").isNull();
        assertThat(pppk.sex()).isEqualTo(2);
        assertThat(pppk.formatted()).isEqualTo("19900101 2023 21 2 001");
        assertThat(Nip.parse("198104072000011001").kind()).isEqualTo(Nip.Kind.PNS);
    }

    @Test
    void aPppkNumber_isStillChecked_andAMonthBeyond12ThatIsNot21_isRefused() {
        assertThatThrownBy(() -> Nip.parse("199001011985212001")).as("appointed before birth")
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("nip.appointment", "199001011985212001"));
        assertThatThrownBy(() -> Nip.parse("199001012023223001")).as("22: neither a month nor the PPPK mark")
                .isInstanceOf(ValidationException.class)
                .hasMessage(Messages.get("nip.appointmentMonth", "199001012023223001"))
                .hasMessageContaining("21 pada NI PPPK");
        assertThatThrownBy(() -> Nip.parse("199001012023213001")).as("sex digit 3")
                .isInstanceOf(ValidationException.class).hasMessage(Messages.get("nip.sex", "199001012023213001"));
    }
}

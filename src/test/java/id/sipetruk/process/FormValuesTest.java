package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.sipetruk.common.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

class FormValuesTest {

    private static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private static FormValues of(Map<String, Object> values) {
        return new FormValues(values::get);
    }

    @Test
    void listsArriveAsJsonFromTheForm_orAsJavaListsAndTextFromRestClients() {
        Map<String, Object> values = new HashMap<>();
        values.put("json", Spin.JSON("[\"198104072000011001\", \"198502142010012002\"]"));
        values.put("list", List.of("a", " b "));
        values.put("text", "a, b;c\nd");
        values.put("jsonText", "[\"x\",\"y\"]");
        FormValues form = of(values);
        assertThat(form.list("json")).containsExactly("198104072000011001", "198502142010012002");
        assertThat(form.list("list")).containsExactly("a", "b");
        assertThat(form.list("text")).containsExactly("a", "b", "c", "d");
        assertThat(form.list("jsonText")).containsExactly("x", "y");
        assertThat(form.list("missing")).isEmpty();
    }

    @Test
    void datesFromTheFormAreReadInTheRegencysZone() {
        Map<String, Object> values = new HashMap<>();
        values.put("local", "2026-11-23T12:00");
        values.put("utc", "2026-11-23T04:00:00Z");
        values.put("date", Date.from(LocalDateTime.of(2026, 11, 23, 12, 0).atZone(WITA).toInstant()));
        FormValues form = of(values);
        LocalDateTime noon = LocalDateTime.of(2026, 11, 23, 12, 0);
        assertThat(form.requiredDateTime("local", "Buka", WITA)).isEqualTo(noon);
        assertThat(form.requiredDateTime("utc", "Buka", WITA)).isEqualTo(noon);
        assertThat(form.requiredDateTime("date", "Buka", WITA)).isEqualTo(noon);
        values.put("bad", "kemarin");
        assertThatThrownBy(() -> form.requiredDateTime("bad", "Nominasi dibuka", WITA))
                .isInstanceOf(ValidationException.class).hasMessage("Kolom \"Nominasi dibuka\" harus berupa tanggal dan jam yang benar.");
    }

    @Test
    void numbersAreCheckedForTypeAndRange_withIndonesianMessages() {
        FormValues form = of(Map.of("score", "101", "text", "sembilan", "decimal", "84,5", "fraction", "10.5"));
        assertThatThrownBy(() -> form.requiredInt("score", "Nilai presentasi", 0, 100))
                .hasMessage("Kolom \"Nilai presentasi\" harus bernilai antara 0 dan 100.");
        assertThatThrownBy(() -> form.requiredInt("text", "Nilai", 0, 100)).hasMessage("Kolom \"Nilai\" harus berupa angka.");
        assertThatThrownBy(() -> form.requiredInt("fraction", "Nilai", 0, 100))
                .hasMessage("Kolom \"Nilai\" harus berupa bilangan bulat (tanpa angka di belakang koma).");
        assertThatThrownBy(() -> form.requiredInt("missing", "Nilai", 0, 100)).hasMessage("Kolom \"Nilai\" wajib diisi.");
        assertThat(form.requiredDecimal("decimal", "e-Kinerja", BigDecimal.ZERO, BigDecimal.valueOf(100), 2))
                .isEqualByComparingTo("84.5");
    }

    @Test
    void textThatTheDocumentsCannotPrint_isRefusedWhereItIsTyped() {
        FormValues form = of(Map.of("latin", "Inovasi Ñandú Çağdaş, Nur’aini – tahap 2",
                "arabic", "سلام", "emoji", "Layanan cepat \uD83D\uDE00"));
        assertThat(form.requiredText("latin", "Nama inovasi", 300)).isEqualTo("Inovasi Ñandú Çağdaş, Nur’aini – tahap 2");
        assertThatThrownBy(() -> form.requiredText("arabic", "Nama inovasi", 300))
                .hasMessageContaining("karakter \"س\" (U+0633) yang tidak dapat dicetak");
        assertThatThrownBy(() -> form.requiredText("emoji", "Nama inovasi", 300)).hasMessageContaining("U+1F600");
    }
}

package id.sipetruk.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormTextTest {

    @Test
    void markdownAndHtmlInTypedText_showAsTyped() {
        assertThat(FormText.plain("Lihat [di sini](https://jahat.example) **segera** <b>x</b>"))
                .isEqualTo("Lihat \\[di sini\\]\\(https://jahat.example\\) \\*\\*segera\\*\\* \\<b\\>x\\</b\\>");
        assertThat(FormText.plain("Dr. Hj. Siti Nur'aini, S.Pd., M.M.")).isEqualTo("Dr. Hj. Siti Nur'aini, S.Pd., M.M.");
        assertThat(FormText.plain(null)).isNull();
    }
}

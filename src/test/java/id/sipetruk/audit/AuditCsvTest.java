package id.sipetruk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void startsWithTheByteOrderMarkAndTheIndonesianHeader() {
        assertThat(AuditCsv.of(List.of()))
                .isEqualTo("\uFEFF\"Waktu\";\"Pengguna\";\"Tindakan\";\"Perihal\";\"Alasan/keterangan\"\r\n");
    }

    @Test
    void oneEntryPerLine_timeInIsoOrderForExcel() {
        AuditEntry entry = new AuditEntry(LocalDateTime.of(2026, 11, 3, 9, 5, 7), "kepala.disdik",
                "Dikembalikan ke Admin OPD", "PRD-2026-01-DISDIK-1", "Nilai e-Kinerja 84,5");
        assertThat(AuditCsv.of(List.of(entry)).split("\r\n")[1]).isEqualTo(
                "\"2026-11-03 09:05:07\";\"kepala.disdik\";\"Dikembalikan ke Admin OPD\";\"PRD-2026-01-DISDIK-1\";\"Nilai e-Kinerja 84,5\"");
    }

    @Test
    void quotesAreDoubled_separatorAndLineBreaksStayInsideTheQuotes() {
        assertThat(AuditCsv.field("Bukti \"inovasi\"; belum ada\r\nMohon dilengkapi"))
                .isEqualTo("\"Bukti \"\"inovasi\"\"; belum ada\r\nMohon dilengkapi\"");
        assertThat(AuditCsv.field(null)).isEqualTo("\"\"");
        assertThat(AuditCsv.field("")).isEqualTo("\"\"");
    }

    @Test
    void whatASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
        assertThat(AuditCsv.field("=HYPERLINK(\"http://contoh.invalid\";\"klik\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://contoh.invalid\"\";\"\"klik\"\")\"");
        assertThat(AuditCsv.field("+62 811")).isEqualTo("\"'+62 811\"");
        assertThat(AuditCsv.field("-1+1")).isEqualTo("\"'-1+1\"");
        assertThat(AuditCsv.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(AuditCsv.field("\tx")).isEqualTo("\"'\tx\"");
        assertThat(AuditCsv.field("\rx")).isEqualTo("\"'\rx\"");
        assertThat(AuditCsv.field("Nilai = 85")).as("only a leading character counts").isEqualTo("\"Nilai = 85\"");
    }

    @Test
    void aFormulaInAUsersReasonIsDefusedInTheWholeExport() {
        AuditEntry entry = new AuditEntry(LocalDateTime.of(2026, 11, 3, 9, 0), "=cmd|' /C calc'!A0", "Ditolak",
                "PRD-2026-01-DISDIK-1", "=HYPERLINK(\"http://contoh.invalid\")");
        String line = AuditCsv.of(List.of(entry)).split("\r\n")[1];
        assertThat(line).contains("\"'=cmd|' /C calc'!A0\"").contains("\"'=HYPERLINK(\"\"http://contoh.invalid\"\")\"");
    }
}

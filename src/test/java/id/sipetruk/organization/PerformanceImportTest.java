package id.sipetruk.organization;

import static org.assertj.core.api.Assertions.assertThat;

import id.sipetruk.PeriodBuilder;
import id.sipetruk.TestFixtures;
import id.sipetruk.common.ImportProblem;
import id.sipetruk.common.ImportResult;
import id.sipetruk.common.ImportRunner;
import id.sipetruk.common.Messages;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Monthly performance files as regencies have them: a numeric e-Kinerja export, BKN's predikat with its two ratings,
 * a presensi recap in a file of its own, XLSX; imported twice, with every kind of bad row.
 */
@SpringBootTest
class PerformanceImportTest {

    @Autowired TestFixtures fixtures;
    @Autowired PeriodBuilder build;
    @Autowired OpdRepository opds;
    @Autowired PerformanceImport performance;
    @Autowired ImportRunner runner;
    @Autowired MonthlyPerformanceRepository records;

    private Employee siti;
    private Employee rina;

    @BeforeEach
    void twoEmployees() {
        fixtures.ensureRegency();
        Opd alpha = opds.findByCode(TestFixtures.ALPHA).orElseThrow();
        siti = build.employee(alpha, "Siti Kinerja");
        rina = build.employee(alpha, "Rina Kinerja");
    }

    private static byte[] csv(String text) {
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    private MonthlyPerformance record(Employee employee, int month) {
        return records.findByEmployeeIdAndYearAndMonth(employee.getId(), 2031, month).orElseThrow();
    }

    @Test
    void valuesAndPredikat_thenAttendanceInItsOwnFile_twiceChangesNothing() {
        byte[] kinerja = csv("NIP;BULAN;TAHUN;NILAI KINERJA;PREDIKAT;HASIL KERJA;PERILAKU KERJA\n"
                + "'" + siti.getNip() + ";10;2031;87,5;;;\n"
                + rina.getNip() + ";Oktober;2031;;;DIATAS ESPEKTASI;Sesuai ekspektasi\n"
                + rina.getNip() + ";11;2031;;Sangat Baik;null;null\n");
        ImportResult first = runner.commit(performance, kinerja, true, "bkpsdm.test");
        assertThat(first.kesalahan()).isEmpty();
        assertThat(first.baru()).isEqualTo(3);
        assertThat(record(siti, 10).getKinerjaValue()).isEqualByComparingTo("87.5");
        assertThat(record(rina, 10).getPredikat()).as("the ratings give the predikat").isEqualTo(Predikat.BAIK);
        assertThat(record(rina, 10).getWorkResult()).isEqualTo(Expectation.DI_ATAS);
        assertThat(record(rina, 11).getPredikat()).isEqualTo(Predikat.SANGAT_BAIK);
        assertThat(record(siti, 10).getKinerjaImportedAt()).isNotNull();
        assertThat(record(siti, 10).getAttendancePercent()).isNull();

        ImportResult again = runner.commit(performance, kinerja, true, "bkpsdm.test");
        assertThat(again.baru() + again.berubah()).as("the same file twice").isZero();
        assertThat(again.tetap()).isEqualTo(3);

        byte[] attendance = csv("NIP,Nama,BULAN,TAHUN,hadir,tanpa keterangan,PERSEN HADIR\n"
                + siti.getNip() + ",Siti,10,2031,21,0,\"96,5%\"\n");
        ImportResult present = runner.commit(performance, attendance, true, "bkpsdm.test");
        assertThat(present.berubah()).isEqualTo(1);
        assertThat(record(siti, 10).getAttendancePercent()).isEqualByComparingTo("96.5");
        assertThat(record(siti, 10).getKinerjaValue()).as("a file without kinerja columns keeps the value")
                .isEqualByComparingTo("87.5");

        byte[] changed = csv("NIP,BULAN,TAHUN,NILAI KINERJA\n" + siti.getNip() + ",10,2031,90\n");
        assertThat(runner.commit(performance, changed, true, "bkpsdm.test").berubah()).isEqualTo(1);
        assertThat(record(siti, 10).getKinerjaValue()).isEqualByComparingTo("90");
        assertThat(record(siti, 10).getAttendancePercent()).isEqualByComparingTo("96.5");
    }

    @Test
    void everyBadRowIsNamed_andAllOrNothingWritesNothing() {
        String unknown = fixtures.freeNip();
        byte[] file = csv("NIP,BULAN,TAHUN,NILAI KINERJA,PREDIKAT,HASIL KERJA,PERILAKU KERJA,PERSEN HADIR\n"
                + siti.getNip() + ",3,2031,88,,,,97\n"
                + "12345,3,2031,88,,,,\n"
                + unknown + ",3,2031,88,,,,\n"
                + rina.getNip() + ",13,2031,101.5,,,,\n"
                + rina.getNip() + ",4,2031,88.123,Luar Biasa,,,\n"
                + rina.getNip() + ",5,2031,,Sangat Baik,di bawah ekspektasi,sesuai ekspektasi,\n"
                + rina.getNip() + ",6,2031,,,,,\n"
                + siti.getNip() + ",3,2031,80,,,,\n"
                + rina.getNip() + ",7,2031,,,jauh di atas,,\n"
                + rina.getNip() + ",8,2031,,,di atas,,\n");
        ImportResult refused = runner.commit(performance, file, true, "bkpsdm.test");
        assertThat(refused.diterapkan()).isFalse();
        assertThat(refused.kesalahan()).containsExactly(
                new ImportProblem(3, "NIP", Messages.get("nip.format", "12345")),
                new ImportProblem(4, "NIP", Messages.get("import.unknownEmployee", Nip.parse(unknown).formatted())),
                new ImportProblem(5, "BULAN", Messages.get("import.kinerja.range", "BULAN", "13", "1", "12")),
                new ImportProblem(5, "NILAI KINERJA", Messages.get("import.kinerja.percent", "NILAI KINERJA", "101.5")),
                new ImportProblem(6, "NILAI KINERJA", Messages.get("import.kinerja.percent", "NILAI KINERJA", "88.123")),
                new ImportProblem(6, "PREDIKAT", Messages.get("import.kinerja.predikat", "Luar Biasa")),
                new ImportProblem(7, "PREDIKAT", Messages.get("import.kinerja.predikatMismatch", "Sangat Baik",
                        "Butuh Perbaikan")),
                new ImportProblem(8, "", Messages.get("import.kinerja.emptyRow")),
                new ImportProblem(9, "NIP", Messages.get("import.kinerja.duplicate", siti.formattedNip(), 3, "2031", 2)),
                new ImportProblem(10, "HASIL KERJA", Messages.get("import.kinerja.expectation", "jauh di atas")),
                new ImportProblem(10, "PERILAKU KERJA", Messages.get("import.kinerja.bothRatings", "PERILAKU KERJA")),
                new ImportProblem(11, "PERILAKU KERJA", Messages.get("import.kinerja.bothRatings", "PERILAKU KERJA")));
        assertThat(refused.galat()).isEqualTo(9);
        assertThat(records.findByEmployeeIdAndYearAndMonth(siti.getId(), 2031, 3)).as("nothing written").isEmpty();

        ImportResult goodRows = runner.commit(performance, file, false, "bkpsdm.test");
        assertThat(goodRows.diterapkan()).isTrue();
        assertThat(goodRows.baru()).isEqualTo(1);
        assertThat(records.findByEmployeeIdAndYearAndMonth(siti.getId(), 2031, 3).orElseThrow().getAttendancePercent())
                .isEqualByComparingTo(new BigDecimal("97"));

        assertThat(runner.preview(performance, csv("NIP,BULAN,TAHUN,NAMA\n" + siti.getNip() + ",1,2031,Siti\n"))
                .kesalahan()).extracting(ImportProblem::pesan).containsExactly(Messages.get("import.kinerja.noValues"));
    }

    @Test
    void anXlsxRecap_isReadLikeTheCsv() throws Exception {
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(xlsx, "SI PETRUK", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Rekap");
            String[] header = {"NIP", "BULAN", "TAHUN", "Persentase Kehadiran"};
            for (int c = 0; c < header.length; c++) {
                sheet.value(0, c, header[c]);
            }
            sheet.value(1, 0, rina.getNip());
            sheet.value(1, 1, 9);
            sheet.value(1, 2, 2031);
            sheet.value(1, 3, 98.25);
        }
        ImportResult read = runner.commit(performance, xlsx.toByteArray(), true, "bkpsdm.test");
        assertThat(read.kesalahan()).isEmpty();
        assertThat(record(rina, 9).getAttendancePercent()).isEqualByComparingTo("98.25");
    }
}

package id.sipetruk.organization;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A made-up SIASN "Export Data ASN" of any size, shaped like the real one: its 62 columns in SIASN's order, titles
 * with commas (quoted), PNS and PPPK numbers, CPNS and retired staff, {@code opdCount} OPDs as SATUAN KERJA KERJA
 * NAMA and {@code unorCount} units spread over them. The same seed gives the same file; as CSV (with a byte-order
 * mark, like SIASN's download) or XLSX (every cell text, the NIP included).
 */
public final class SiasnExportSample {

    /** SIASN's header as the export writes it (62 of its columns; SI PETRUK reads 13 of them). */
    public static final List<String> HEADER = List.of("PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN",
            "GELAR BELAKANG", "TEMPAT LAHIR ID", "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID",
            "AGAMA NAMA", "EMAIL", "EMAIL GOV", "NIK", "ALAMAT", "NOMOR HP", "NOMOR TELPON", "JENIS PEGAWAI ID",
            "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS", "KARTU PEGAWAI",
            "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS", "NOMOR SK PNS", "TANGGAL SK PNS", "TMT PNS",
            "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID", "GOL AKHIR NAMA", "TMT GOLONGAN", "MK TAHUN", "MK BULAN",
            "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID", "JABATAN NAMA", "TMT JABATAN",
            "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID", "PENDIDIKAN NAMA", "TAHUN LULUS",
            "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA", "UNOR ID", "UNOR NAMA",
            "INSTANSI INDUK ID", "INSTANSI INDUK NAMA", "INSTANSI KERJA ID", "INSTANSI KERJA NAMA",
            "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA", "SATUAN KERJA KERJA ID", "SATUAN KERJA KERJA NAMA",
            "FLAG IKD");

    private static final String[] FIRST = {"Siti", "Muhammad", "Ahmad", "Nur", "Rina", "Dewi", "Fajar", "Hendra",
            "Rizki", "Andhani", "Bahrun", "Sri", "Agus", "Yuliani", "Taufik", "Wahyu", "Lestari", "Hidayat", "Aulia",
            "Rahmat", "Fitri", "Syahrul", "Noor", "Ilham"};
    private static final String[] LAST = {"Nur'aini", "Rizki", "Marlina", "Fauzi", "Hidayati", "Lestari", "Hakim",
            "Saputra", "Rahmawati", "Maulana", "Arbischiria", "Wahyuni", "Santoso", "Pratama", "Handayani",
            "Syahputra", "Kurniawan", "Ramadhani", "Permata", "Anwar"};
    private static final String[] TITLES_AFTER = {"", "S.Pd.", "S.Pd., M.M.", "S.Kom.", "S.E., M.Si.", "A.Md.Kep.",
            "S.H., M.H.", "S.T., M.T.", "S.Sos.", "S.IP., M.AP.", "S.Kep., Ners", ""};
    private static final String[] TITLES_BEFORE = {"", "", "", "", "", "Dr.", "H.", "Hj.", "Dr. H.", "drg."};
    private static final String[] POSITIONS = {"Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya",
            "Perawat Terampil", "Perawat Ahli Pertama", "Bidan Terampil", "Dokter Ahli Muda",
            "Analis Sumber Daya Manusia Aparatur Ahli Muda", "Pranata Komputer Ahli Pertama", "Penyuluh Pertanian",
            "Pengadministrasi Perkantoran", "Penata Layanan Operasional", "Kepala Seksi", "Kepala Sub Bagian Umum",
            "Perencana Ahli Muda", "Pengelola Keuangan"};
    private static final String[] GRADES = {"II/a", "II/b", "II/c", "III/a", "III/b", "III/c", "III/d", "IV/a",
            "IV/b"};
    private static final String[] PPPK_GRADES = {"V", "VII", "IX", "X"};
    private static final String[] OPD_KINDS = {"Dinas Pendidikan", "Dinas Kesehatan", "Rumah Sakit Umum Daerah",
            "Badan Kepegawaian dan Pengembangan SDM", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Sosial",
            "Badan Perencanaan Pembangunan Daerah", "Inspektorat", "Sekretariat Daerah", "Dinas Pertanian",
            "Dinas Komunikasi dan Informatika", "Badan Pengelolaan Keuangan dan Aset Daerah", "Kecamatan"};
    private static final String[] UNIT_KINDS = {"SD Negeri", "SMP Negeri", "Puskesmas", "Bidang", "Sub Bagian",
            "UPT", "Seksi", "Kelurahan"};

    private final int rows;
    private final int opdCount;
    private final int unorCount;
    private final List<String> nips;

    /** {@code rows} employees, each with his own valid number (about one in seven a PPPK). */
    public SiasnExportSample(int rows, int opdCount, int unorCount, long seed) {
        this.rows = rows;
        this.opdCount = opdCount;
        this.unorCount = unorCount;
        this.nips = nips(rows, new Random(seed));
    }

    public List<String> nips() {
        return nips;
    }

    public int rows() {
        return rows;
    }

    /** The OPD (SATUAN KERJA KERJA NAMA) of the n-th of {@code opdCount}. */
    public String opdName(int opd) {
        String kind = OPD_KINDS[opd % OPD_KINDS.length];
        return kind + " Wilayah " + (opd / OPD_KINDS.length + 1);
    }

    public byte[] csv() {
        return csv(i -> false);
    }

    /** As CSV; the rows {@code changed} picks get another position (JABATAN NAMA). */
    public byte[] csv(IntPredicate changed) {
        StringBuilder text = new StringBuilder(rows * 700).append('\uFEFF');
        text.append(String.join(",", HEADER)).append("\r\n");
        for (int i = 0; i < rows; i++) {
            List<String> cells = row(i, changed.test(i));
            for (int c = 0; c < cells.size(); c++) {
                if (c > 0) {
                    text.append(',');
                }
                String cell = cells.get(c);
                text.append(cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "SIASN", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Data ASN");
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            for (int i = 0; i < rows; i++) {
                List<String> cells = row(i, false);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        sheet.value(i + 1, c, cells.get(c));
                    }
                }
                if (i % 10_000 == 0) {
                    sheet.flush();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The n-th employee's cells, in {@link #HEADER}'s order. */
    private List<String> row(int i, boolean changed) {
        String nip = nips.get(i);
        boolean pppk = nip.startsWith("21", 12);
        int unor = (int) ((i * 7919L) % unorCount);
        int opd = unor % opdCount;
        String unitName = UNIT_KINDS[unor % UNIT_KINDS.length] + " " + (unor / UNIT_KINDS.length + 1);
        String opdName = opdName(opd);
        String position = POSITIONS[i % POSITIONS.length] + (changed ? " (mutasi)" : "");
        boolean retired = i % 97 == 0;
        boolean candidate = !pppk && i % 53 == 0;
        String birth = nip.substring(6, 8) + "-" + nip.substring(4, 6) + "-" + nip.substring(0, 4);
        List<String> cells = new ArrayList<>(HEADER.size());
        cells.add("A5EB03E2" + String.format(Locale.ROOT, "%08X", i));                    // PNS ID
        cells.add(nip);                                                                   // NIP BARU
        cells.add(pppk ? "" : String.valueOf(500_000_000L + i));                          // NIP LAMA
        cells.add(FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length]);  // NAMA
        cells.add(TITLES_BEFORE[i % TITLES_BEFORE.length]);
        cells.add(TITLES_AFTER[(i / 3) % TITLES_AFTER.length]);
        cells.add("A8ACA7F0" + (i % 40));
        cells.add("Kota Lahir " + (i % 40));
        cells.add(birth);
        cells.add(nip.charAt(14) == '1' ? "M" : "F");
        cells.add("1");
        cells.add("Islam");
        cells.add("pegawai" + i + "@mail.example");
        cells.add("pegawai" + i + "@pemda.example.go.id");
        cells.add(String.format(Locale.ROOT, "63%014d", i));
        cells.add("Jl. Ahmad Yani Km. " + (i % 30) + ", RT " + (i % 12));
        cells.add(String.format(Locale.ROOT, "08%010d", i));
        cells.add("null");
        cells.add(pppk ? "71" : "4");
        cells.add(pppk ? "PPPK" : "PNS Daerah");
        cells.add(retired ? "99" : "01");
        cells.add(retired ? "Pensiun" : "Aktif");
        cells.add(pppk ? "" : candidate ? "C" : "P");
        cells.add(pppk ? "" : "KARPEG" + i);
        cells.add("800/" + i + "/BKPSDM");
        cells.add("01-03-2010");
        cells.add("01-03-2010");
        cells.add("800/" + i + "/BKPSDM");
        cells.add("01-03-2011");
        cells.add("01-03-2011");
        cells.add("31");
        cells.add("III/a");
        cells.add("3" + (i % 4));
        cells.add(pppk ? PPPK_GRADES[i % PPPK_GRADES.length] : GRADES[i % GRADES.length]);
        cells.add("01-04-2022");
        cells.add(String.valueOf(i % 30));
        cells.add(String.valueOf(i % 12));
        cells.add("2");
        cells.add("Jabatan Fungsional");
        cells.add("8AE48" + (i % POSITIONS.length));
        cells.add(position);
        cells.add("02-01-2023");
        cells.add("40");
        cells.add("S-1/Sarjana");
        cells.add("PDD" + (i % 50));
        cells.add("S-1 Pendidikan " + (i % 50));
        cells.add("2008");
        cells.add("042");
        cells.add("KPPN Barabai");
        cells.add("LK" + opd);
        cells.add("Kabupaten Uji");
        cells.add("U" + String.format(Locale.ROOT, "%05d", unor));                         // UNOR ID
        cells.add(unitName);                                                              // UNOR NAMA
        cells.add("A5EB03E23CFBF6A0E040640A040252AD");
        cells.add("Pemerintah Kabupaten Uji");
        cells.add("A5EB03E23CFBF6A0E040640A040252AD");
        cells.add("Pemerintah Kabupaten Uji");
        cells.add("SKI" + opd);
        cells.add(opdName);
        cells.add("SK" + opd);
        cells.add(opdName);                                                               // SATUAN KERJA KERJA NAMA
        cells.add(i % 5 == 0 ? "1" : "null");
        return cells;
    }

    private static List<String> nips(int count, Random random) {
        Set<String> taken = new HashSet<>(count * 2);
        List<String> nips = new ArrayList<>(count);
        while (nips.size() < count) {
            int birthYear = 1965 + random.nextInt(35);
            String birth = String.format(Locale.ROOT, "%04d%02d%02d", birthYear, 1 + random.nextInt(12),
                    1 + random.nextInt(28));
            int sex = 1 + random.nextInt(2);
            int sequence = 1 + random.nextInt(999);
            String nip = random.nextInt(7) == 0
                    ? String.format(Locale.ROOT, "%s%04d%s%d%03d", birth, 2019 + random.nextInt(6), Nip.PPPK_MARK, sex,
                            sequence)
                    : String.format(Locale.ROOT, "%s%04d%02d%d%03d", birth, Math.min(birthYear + 22 + random.nextInt(8), 2024),
                            1 + random.nextInt(12), sex, sequence);
            if (taken.add(nip)) {
                nips.add(nip);
            }
        }
        return nips;
    }
}

package id.sipetruk.demo;

import java.util.List;

/**
 * The synthetic regency of the demo: twelve OPDs of a fictional "Kabupaten Sukamaju Raya" (the app's
 * configuration still prints Kabupaten Balangan, the first user). Each OPD lists its positions: who heads it,
 * who is its HR admin (Kasubag Umum dan Kepegawaian) and which structural and functional posts its staff hold.
 * Every name here is made up; any likeness to a real person is accidental.
 */
final class DemoRegency {

    private DemoRegency() {
    }

    // ---------------------------------------------------------------- ranks (golongan ruang PNS)

    /** A PNS rank: "Penata Muda (III/a)". */
    record Rank(int index, String name, String code) {
        String label() {
            return name + " (" + code + ")";
        }
    }

    static final List<Rank> RANKS = List.of(
            new Rank(0, "Pengatur Muda", "II/a"),
            new Rank(1, "Pengatur Muda Tingkat I", "II/b"),
            new Rank(2, "Pengatur", "II/c"),
            new Rank(3, "Pengatur Tingkat I", "II/d"),
            new Rank(4, "Penata Muda", "III/a"),
            new Rank(5, "Penata Muda Tingkat I", "III/b"),
            new Rank(6, "Penata", "III/c"),
            new Rank(7, "Penata Tingkat I", "III/d"),
            new Rank(8, "Pembina", "IV/a"),
            new Rank(9, "Pembina Tingkat I", "IV/b"),
            new Rank(10, "Pembina Utama Muda", "IV/c"),
            new Rank(11, "Pembina Utama Madya", "IV/d"));

    static Rank rank(String code) {
        return RANKS.stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(code));
    }

    // ---------------------------------------------------------------- education: degree suffixes and prefixes

    /**
     * What a person with this position studied: the degree titles after the name (one is picked), an academic
     * prefix before the name ("dr." for physicians, may be empty) and how often the holder is a man.
     */
    record Education(List<String> suffixes, String prefix, double maleShare) {
        static Education of(double maleShare, String... suffixes) {
            return new Education(List.of(suffixes), "", maleShare);
        }

        static Education physician(double maleShare, String... suffixes) {
            return new Education(List.of(suffixes), "dr.", maleShare);
        }
    }

    static final Education SENIOR = Education.of(0.65, "S.Sos., M.Si.", "S.E., M.M.", "S.H., M.H.",
            "S.AP., M.AP.", "S.Pd., M.Pd.", "S.T., M.T.", "S.E., M.Si.", "S.IP., M.Si.");
    static final Education ADMIN = Education.of(0.5, "S.E.", "S.Sos.", "S.AP.", "S.H.", "S.IP.", "S.E., M.M.");
    static final Education CLERK = Education.of(0.5, "", "", "A.Md.");
    static final Education DATA = Education.of(0.5, "A.Md.", "A.Md.Kom.", "S.Kom.");
    static final Education TEACHER = Education.of(0.35, "S.Pd.", "S.Pd.", "S.Pd.I.", "S.Pd., M.Pd.");
    static final Education TEACHER_SENIOR = Education.of(0.45, "S.Pd., M.Pd.", "S.Pd., M.M.", "S.Ag., M.Pd.I.");
    static final Education DOCTOR = Education.physician(0.45, "", "", "M.Kes.", "M.K.M.");
    static final Education SPECIALIST = Education.physician(0.55, "Sp.PD.", "Sp.A.", "Sp.OG.", "Sp.B.", "Sp.An.");
    static final Education PUBLIC_HEALTH = Education.of(0.4, "S.K.M.", "S.K.M.", "S.K.M., M.Kes.");
    static final Education NURSE = Education.of(0.3, "S.Kep., Ners", "S.Kep., Ners", "S.Kep., Ners, M.Kep.");
    static final Education NURSE_D3 = Education.of(0.3, "A.Md.Kep.");
    static final Education MIDWIFE = Education.of(0.0, "A.Md.Keb.", "S.Tr.Keb.");
    static final Education IT = Education.of(0.7, "S.Kom.", "S.Kom.", "S.T.", "S.Kom., M.Kom.");
    static final Education IT_D3 = Education.of(0.6, "A.Md.Kom.", "A.Md.T.");
    static final Education ENGINEER = Education.of(0.8, "S.T.", "S.T.", "S.T., M.T.");
    static final Education ENGINEER_D3 = Education.of(0.85, "A.Md.T.");
    static final Education PLANNER = Education.of(0.55, "S.E., M.Si.", "S.T., M.T.", "S.P., M.Si.", "S.Si.",
            "S.E.", "S.PWK.");
    static final Education FINANCE_SENIOR = Education.of(0.55, "S.E., M.Si.", "S.E., M.Ak.", "S.E., Ak., M.M.");
    static final Education LAW = Education.of(0.55, "S.H.", "S.H.", "S.H., M.H.");
    static final Education FINANCE = Education.of(0.45, "S.E.", "S.Ak.", "S.E., M.Ak.", "S.E., Ak.");
    static final Education FINANCE_D3 = Education.of(0.4, "A.Md.Ak.", "A.Md.");
    static final Education SOCIAL = Education.of(0.45, "S.Sos.", "S.Tr.Sos.", "S.Sos., M.Si.");
    static final Education COMMUNICATION = Education.of(0.45, "S.I.Kom.", "S.Sos.");
    static final Education STATISTICS = Education.of(0.5, "S.Si.", "S.Stat.", "S.Tr.Stat.");

    // ---------------------------------------------------------------- positions and OPDs

    /**
     * Positions an OPD staffs {@code count} times, with ranks from {@code minRank} to {@code maxRank}.
     * An {@code anchorName} (with its gender) fixes the first holder's name, for people the demo script names.
     */
    record Post(String position, int count, String minRank, String maxRank, Education education,
                String anchorName, Boolean anchorMale) {
    }

    static Post post(String position, int count, String minRank, String maxRank, Education education) {
        return new Post(position, count, minRank, maxRank, education, null, null);
    }

    static Post anchor(String position, String rank, Education education, String name, boolean male) {
        return new Post(position, 1, rank, rank, education, name, male);
    }

    /** One OPD: the first post is its head; {@code adminPosition} is its HR admin (Kasubag Umum dan Kepegawaian). */
    record DemoOpd(String code, String name, String adminPosition, List<Post> posts) {
        String headPosition() {
            return posts.get(0).position();
        }

        int staffCount() {
            return posts.stream().mapToInt(Post::count).sum();
        }
    }

    private static final String KASUBAG_UMPEG = "Kepala Sub Bagian Umum dan Kepegawaian";
    private static final String PENGADMINISTRASI = "Pengadministrasi Perkantoran";
    private static final String PENGOLAH_DATA = "Pengolah Data dan Informasi";

    static final List<DemoOpd> OPDS = List.of(
            new DemoOpd("disdik", "Dinas Pendidikan", KASUBAG_UMPEG, List.of(
                    anchor("Kepala Dinas Pendidikan", "IV/c", TEACHER_SENIOR, "Dr. Hj. Siti Nur'aini, S.Pd., M.M.",
                            false),
                    post("Sekretaris Dinas Pendidikan", 1, "IV/b", "IV/b", SENIOR),
                    post("Kepala Bidang Pembinaan Sekolah Dasar", 1, "IV/a", "IV/a", TEACHER_SENIOR),
                    post("Kepala Bidang Pembinaan Sekolah Menengah Pertama", 1, "IV/a", "IV/a", TEACHER_SENIOR),
                    post("Kepala Bidang Pendidik dan Tenaga Kependidikan", 1, "III/d", "IV/a", SENIOR),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Pengawas Sekolah Ahli Madya", 2, "IV/a", "IV/b", TEACHER_SENIOR),
                    post("Guru Ahli Madya", 2, "IV/a", "IV/b", TEACHER),
                    post("Guru Ahli Muda", 4, "III/c", "III/d", TEACHER),
                    post("Guru Ahli Pertama", 4, "III/a", "III/b", TEACHER),
                    post("Penilik Ahli Muda", 1, "III/c", "III/d", TEACHER),
                    post("Analis Sumber Daya Manusia Aparatur Ahli Pertama", 1, "III/a", "III/b", ADMIN),
                    post("Pranata Komputer Ahli Pertama", 1, "III/a", "III/b", IT),
                    post(PENGADMINISTRASI, 2, "II/a", "II/d", CLERK))),
            new DemoOpd("dinkes", "Dinas Kesehatan", KASUBAG_UMPEG, List.of(
                    post("Kepala Dinas Kesehatan", 1, "IV/c", "IV/c", DOCTOR),
                    post("Sekretaris Dinas Kesehatan", 1, "IV/b", "IV/b", PUBLIC_HEALTH),
                    post("Kepala Bidang Kesehatan Masyarakat", 1, "IV/a", "IV/a", PUBLIC_HEALTH),
                    post("Kepala Bidang Pencegahan dan Pengendalian Penyakit", 1, "IV/a", "IV/a", DOCTOR),
                    post("Kepala Bidang Pelayanan dan Sumber Daya Kesehatan", 1, "III/d", "IV/a", PUBLIC_HEALTH),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Dokter Ahli Muda", 2, "III/c", "III/d", DOCTOR),
                    post("Dokter Ahli Pertama", 2, "III/a", "III/b", DOCTOR),
                    post("Epidemiolog Kesehatan Ahli Muda", 1, "III/c", "III/d", PUBLIC_HEALTH),
                    post("Administrator Kesehatan Ahli Muda", 1, "III/c", "III/d", PUBLIC_HEALTH),
                    post("Penyuluh Kesehatan Masyarakat Ahli Pertama", 2, "III/a", "III/b", PUBLIC_HEALTH),
                    post("Bidan Terampil", 2, "II/c", "II/d", MIDWIFE),
                    post("Bidan Mahir", 1, "III/a", "III/b", MIDWIFE),
                    post("Sanitarian Terampil", 1, "II/c", "II/d", Education.of(0.5, "A.Md.K.L.")),
                    post("Nutrisionis Ahli Pertama", 1, "III/a", "III/b", Education.of(0.2, "S.Gz.")),
                    post("Perencana Ahli Pertama", 1, "III/a", "III/b", PLANNER),
                    post(PENGADMINISTRASI, 2, "II/a", "II/d", CLERK))),
            new DemoOpd("bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", KASUBAG_UMPEG, List.of(
                    post("Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 1, "IV/c", "IV/c",
                            SENIOR),
                    post("Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 1, "IV/b", "IV/b",
                            SENIOR),
                    post("Kepala Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian", 1, "IV/a", "IV/a",
                            SENIOR),
                    post("Kepala Bidang Mutasi dan Promosi", 1, "IV/a", "IV/a", SENIOR),
                    post("Kepala Bidang Pengembangan Sumber Daya Manusia", 1, "IV/a", "IV/a", SENIOR),
                    post("Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan", 1, "III/d", "IV/a", SENIOR),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Analis Sumber Daya Manusia Aparatur Ahli Muda", 3, "III/c", "III/d", ADMIN),
                    post("Analis Sumber Daya Manusia Aparatur Ahli Pertama", 4, "III/a", "III/b", ADMIN),
                    post("Asesor Sumber Daya Manusia Aparatur Ahli Pertama", 1, "III/a", "III/b", ADMIN),
                    post("Pranata Komputer Ahli Muda", 1, "III/c", "III/d", IT),
                    post("Pranata Komputer Terampil", 1, "II/c", "II/d", IT_D3),
                    post("Arsiparis Terampil", 1, "II/c", "III/b", Education.of(0.4, "A.Md.")),
                    post(PENGOLAH_DATA, 2, "II/c", "III/a", DATA),
                    post(PENGADMINISTRASI, 2, "II/a", "II/c", CLERK))),
            new DemoOpd("bappeda", "Badan Perencanaan Pembangunan Daerah", KASUBAG_UMPEG, List.of(
                    post("Kepala Badan Perencanaan Pembangunan Daerah", 1, "IV/c", "IV/c", SENIOR),
                    post("Sekretaris Badan Perencanaan Pembangunan Daerah", 1, "IV/b", "IV/b", SENIOR),
                    post("Kepala Bidang Perencanaan Pemerintahan dan Pembangunan Manusia", 1, "IV/a", "IV/a",
                            SENIOR),
                    post("Kepala Bidang Perencanaan Perekonomian dan Sumber Daya Alam", 1, "IV/a", "IV/a", PLANNER),
                    post("Kepala Bidang Infrastruktur dan Kewilayahan", 1, "IV/a", "IV/a", ENGINEER),
                    post("Kepala Bidang Penelitian dan Pengembangan", 1, "III/d", "IV/a", PLANNER),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Perencana Ahli Madya", 2, "IV/a", "IV/b", PLANNER),
                    post("Perencana Ahli Muda", 4, "III/c", "III/d", PLANNER),
                    post("Perencana Ahli Pertama", 4, "III/a", "III/b", PLANNER),
                    post("Analis Kebijakan Ahli Muda", 2, "III/c", "III/d", SENIOR),
                    post("Statistisi Ahli Pertama", 1, "III/a", "III/b", STATISTICS),
                    post(PENGOLAH_DATA, 2, "II/c", "III/a", DATA),
                    post(PENGADMINISTRASI, 1, "II/a", "II/d", CLERK))),
            new DemoOpd("diskominfo", "Dinas Komunikasi dan Informatika", KASUBAG_UMPEG, List.of(
                    post("Kepala Dinas Komunikasi dan Informatika", 1, "IV/c", "IV/c", SENIOR),
                    post("Sekretaris Dinas Komunikasi dan Informatika", 1, "IV/b", "IV/b", SENIOR),
                    post("Kepala Bidang Aplikasi Informatika", 1, "IV/a", "IV/a", IT),
                    post("Kepala Bidang Informasi dan Komunikasi Publik", 1, "IV/a", "IV/a", COMMUNICATION),
                    post("Kepala Bidang Persandian dan Statistik", 1, "III/d", "IV/a", STATISTICS),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    anchor("Pranata Komputer Ahli Muda", "III/c", IT, "Ahmad Fauzi, S.Kom.", true),
                    post("Pranata Komputer Ahli Muda", 2, "III/c", "III/d", IT),
                    post("Pranata Komputer Ahli Pertama", 4, "III/a", "III/b", IT),
                    post("Pranata Komputer Terampil", 2, "II/c", "II/d", IT_D3),
                    post("Pranata Hubungan Masyarakat Ahli Pertama", 2, "III/a", "III/b", COMMUNICATION),
                    post("Sandiman Ahli Pertama", 1, "III/a", "III/b", IT),
                    post("Statistisi Ahli Pertama", 1, "III/a", "III/b", STATISTICS),
                    post("Analis Kebijakan Ahli Muda", 1, "III/c", "III/d", SENIOR),
                    post(PENGADMINISTRASI, 2, "II/a", "II/d", CLERK))),
            new DemoOpd("pupr", "Dinas Pekerjaan Umum dan Penataan Ruang", KASUBAG_UMPEG, List.of(
                    anchor("Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "IV/c", ENGINEER,
                            "H. Muhammad Rizki, S.T., M.T.", true),
                    post("Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang", 1, "IV/b", "IV/b", SENIOR),
                    post("Kepala Bidang Bina Marga", 1, "IV/a", "IV/a", ENGINEER),
                    post("Kepala Bidang Sumber Daya Air", 1, "IV/a", "IV/a", ENGINEER),
                    post("Kepala Bidang Cipta Karya", 1, "IV/a", "IV/a", ENGINEER),
                    post("Kepala Bidang Penataan Ruang", 1, "III/d", "IV/a", PLANNER),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Teknik Jalan dan Jembatan Ahli Muda", 2, "III/c", "III/d", ENGINEER),
                    post("Teknik Jalan dan Jembatan Ahli Pertama", 3, "III/a", "III/b", ENGINEER),
                    post("Teknik Pengairan Ahli Pertama", 2, "III/a", "III/b", ENGINEER),
                    post("Penata Ruang Ahli Pertama", 1, "III/a", "III/b", PLANNER),
                    post("Teknik Tata Bangunan dan Perumahan Ahli Pertama", 2, "III/a", "III/b", ENGINEER),
                    post("Teknik Jalan dan Jembatan Terampil", 2, "II/c", "III/a", ENGINEER_D3),
                    post("Pengelola Pengadaan Barang/Jasa Ahli Pertama", 1, "III/a", "III/b", ADMIN),
                    post(PENGADMINISTRASI, 2, "II/a", "II/d", CLERK))),
            new DemoOpd("dinsos", "Dinas Sosial", KASUBAG_UMPEG, List.of(
                    post("Kepala Dinas Sosial", 1, "IV/c", "IV/c", SENIOR),
                    post("Sekretaris Dinas Sosial", 1, "IV/b", "IV/b", SENIOR),
                    post("Kepala Bidang Rehabilitasi Sosial", 1, "IV/a", "IV/a", SOCIAL),
                    post("Kepala Bidang Perlindungan dan Jaminan Sosial", 1, "IV/a", "IV/a", SOCIAL),
                    post("Kepala Bidang Pemberdayaan Sosial", 1, "III/d", "IV/a", SOCIAL),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Pekerja Sosial Ahli Muda", 2, "III/c", "III/d", SOCIAL),
                    post("Pekerja Sosial Ahli Pertama", 4, "III/a", "III/b", SOCIAL),
                    post("Penyuluh Sosial Ahli Pertama", 2, "III/a", "III/b", SOCIAL),
                    post("Pekerja Sosial Terampil", 2, "II/c", "II/d", Education.of(0.4, "A.Md.")),
                    post("Analis Kebijakan Ahli Pertama", 1, "III/a", "III/b", ADMIN),
                    post("Perencana Ahli Pertama", 1, "III/a", "III/b", PLANNER),
                    post(PENGOLAH_DATA, 2, "II/c", "III/a", DATA),
                    post(PENGADMINISTRASI, 2, "II/a", "II/d", CLERK))),
            new DemoOpd("rsud", "Rumah Sakit Umum Daerah", KASUBAG_UMPEG, List.of(
                    post("Direktur Rumah Sakit Umum Daerah", 1, "IV/b", "IV/c", SPECIALIST),
                    post("Kepala Bagian Tata Usaha", 1, "IV/a", "IV/a", SENIOR),
                    post("Kepala Bidang Pelayanan Medik", 1, "IV/a", "IV/a", DOCTOR),
                    post("Kepala Bidang Keperawatan", 1, "III/d", "IV/a", NURSE),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Dokter Ahli Madya", 2, "IV/a", "IV/b", SPECIALIST),
                    post("Dokter Ahli Muda", 2, "III/c", "III/d", DOCTOR),
                    post("Dokter Ahli Pertama", 2, "III/a", "III/b", DOCTOR),
                    post("Perawat Ahli Muda", 2, "III/c", "III/d", NURSE),
                    post("Perawat Ahli Pertama", 3, "III/a", "III/b", NURSE),
                    anchor("Perawat Mahir", "III/a", NURSE_D3, "Rina Marlina, A.Md.Kep.", false),
                    post("Perawat Mahir", 1, "III/a", "III/b", NURSE_D3),
                    post("Perawat Terampil", 2, "II/c", "II/d", NURSE_D3),
                    post("Bidan Mahir", 1, "III/a", "III/b", MIDWIFE),
                    post("Apoteker Ahli Pertama", 1, "III/a", "III/b", Education.of(0.3, "S.Farm., Apt.")),
                    post("Asisten Apoteker Terampil", 1, "II/c", "II/d", Education.of(0.3, "A.Md.Farm.")),
                    post("Pranata Laboratorium Kesehatan Terampil", 1, "II/c", "II/d",
                            Education.of(0.4, "A.Md.A.K.")),
                    post("Radiografer Terampil", 1, "II/c", "II/d", Education.of(0.6, "A.Md.Rad.")),
                    post("Perekam Medis Terampil", 1, "II/c", "II/d", Education.of(0.4, "A.Md.RMIK.")))),
            new DemoOpd("dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", KASUBAG_UMPEG, List.of(
                    post("Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 1, "IV/c", "IV/c",
                            SENIOR),
                    post("Sekretaris Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 1, "IV/b", "IV/b",
                            SENIOR),
                    post("Kepala Bidang Pelayanan Perizinan dan Non Perizinan", 1, "IV/a", "IV/a", SENIOR),
                    post("Kepala Bidang Penanaman Modal", 1, "IV/a", "IV/a", SENIOR),
                    post("Kepala Bidang Pengaduan, Kebijakan dan Pelaporan Layanan", 1, "III/d", "IV/a", LAW),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Penata Perizinan Ahli Muda", 2, "III/c", "III/d", ADMIN),
                    post("Penata Perizinan Ahli Pertama", 4, "III/a", "III/b", ADMIN),
                    post("Analis Kebijakan Ahli Muda", 1, "III/c", "III/d", SENIOR),
                    post("Analis Kebijakan Ahli Pertama", 1, "III/a", "III/b", ADMIN),
                    post("Pranata Komputer Ahli Pertama", 1, "III/a", "III/b", IT),
                    post("Pengelola Layanan Operasional", 2, "II/c", "III/a", DATA),
                    post("Arsiparis Terampil", 1, "II/c", "III/b", Education.of(0.4, "A.Md.")),
                    post(PENGADMINISTRASI, 3, "II/a", "II/d", CLERK))),
            new DemoOpd("inspektorat", "Inspektorat Daerah", KASUBAG_UMPEG, List.of(
                    post("Inspektur Daerah", 1, "IV/c", "IV/c", SENIOR),
                    post("Sekretaris Inspektorat Daerah", 1, "IV/b", "IV/b", FINANCE),
                    post("Inspektur Pembantu Wilayah I", 1, "IV/a", "IV/b", FINANCE),
                    post("Inspektur Pembantu Wilayah II", 1, "IV/a", "IV/b", LAW),
                    post("Inspektur Pembantu Wilayah III", 1, "IV/a", "IV/b", ENGINEER),
                    post("Inspektur Pembantu Khusus", 1, "IV/a", "IV/a", FINANCE),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Auditor Ahli Madya", 2, "IV/a", "IV/b", FINANCE),
                    post("Auditor Ahli Muda", 3, "III/c", "III/d", FINANCE),
                    post("Auditor Ahli Pertama", 4, "III/a", "III/b", FINANCE),
                    post("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Muda", 2, "III/c", "III/d",
                            LAW),
                    post("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama", 2, "III/a",
                            "III/b", ADMIN),
                    post(PENGADMINISTRASI, 2, "II/a", "II/d", CLERK))),
            new DemoOpd("setda", "Sekretariat Daerah",
                    "Kepala Sub Bagian Tata Usaha Pimpinan, Staf Ahli dan Kepegawaian", List.of(
                    post("Sekretaris Daerah", 1, "IV/c", "IV/d", SENIOR),
                    post("Asisten Pemerintahan dan Kesejahteraan Rakyat", 1, "IV/c", "IV/c", SENIOR),
                    post("Asisten Perekonomian dan Pembangunan", 1, "IV/b", "IV/c", PLANNER),
                    post("Asisten Administrasi Umum", 1, "IV/b", "IV/c", SENIOR),
                    post("Kepala Bagian Hukum", 1, "IV/a", "IV/a", LAW),
                    post("Kepala Bagian Organisasi", 1, "IV/a", "IV/a", SENIOR),
                    post("Kepala Bagian Pengadaan Barang dan Jasa", 1, "IV/a", "IV/a", ENGINEER),
                    post("Kepala Bagian Protokol dan Komunikasi Pimpinan", 1, "III/d", "IV/a", COMMUNICATION),
                    post("Kepala Sub Bagian Tata Usaha Pimpinan, Staf Ahli dan Kepegawaian", 1, "III/c", "III/d",
                            ADMIN),
                    post("Analis Hukum Ahli Muda", 1, "III/c", "III/d", LAW),
                    post("Perancang Peraturan Perundang-undangan Ahli Pertama", 2, "III/a", "III/b", LAW),
                    post("Analis Kebijakan Ahli Muda", 2, "III/c", "III/d", SENIOR),
                    post("Analis Kebijakan Ahli Pertama", 2, "III/a", "III/b", ADMIN),
                    post("Pengelola Pengadaan Barang/Jasa Ahli Pertama", 2, "III/a", "III/b", ENGINEER),
                    post("Pranata Hubungan Masyarakat Ahli Pertama", 1, "III/a", "III/b", COMMUNICATION),
                    post("Pranata Komputer Ahli Pertama", 1, "III/a", "III/b", IT),
                    post(PENGADMINISTRASI, 3, "II/a", "II/d", CLERK))),
            new DemoOpd("bpkpad", "Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah", KASUBAG_UMPEG, List.of(
                    post("Kepala Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah", 1, "IV/c", "IV/c",
                            FINANCE_SENIOR),
                    post("Sekretaris Badan Pengelolaan Keuangan, Pendapatan dan Aset Daerah", 1, "IV/b", "IV/b",
                            SENIOR),
                    post("Kepala Bidang Anggaran", 1, "IV/a", "IV/a", FINANCE),
                    post("Kepala Bidang Perbendaharaan", 1, "IV/a", "IV/a", FINANCE),
                    post("Kepala Bidang Akuntansi", 1, "IV/a", "IV/a", FINANCE),
                    post("Kepala Bidang Pendapatan Daerah", 1, "IV/a", "IV/a", FINANCE),
                    post("Kepala Bidang Aset Daerah", 1, "III/d", "IV/a", ADMIN),
                    post(KASUBAG_UMPEG, 1, "III/c", "III/d", ADMIN),
                    post("Analis Keuangan Pusat dan Daerah Ahli Muda", 2, "III/c", "III/d", FINANCE),
                    post("Analis Keuangan Pusat dan Daerah Ahli Pertama", 4, "III/a", "III/b", FINANCE),
                    post("Pengelola Keuangan", 2, "II/c", "III/a", FINANCE_D3),
                    post("Penata Laksana Barang Terampil", 2, "II/c", "II/d", FINANCE_D3),
                    post("Pranata Komputer Ahli Pertama", 1, "III/a", "III/b", IT),
                    post(PENGADMINISTRASI, 3, "II/a", "II/d", CLERK))));

    static List<String> codes() {
        return OPDS.stream().map(DemoOpd::code).toList();
    }
}

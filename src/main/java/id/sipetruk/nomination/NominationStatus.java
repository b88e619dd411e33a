package id.sipetruk.nomination;

/** Where a nomination stands, with its Indonesian name; the last four are final statuses recorded at the end. */
public enum NominationStatus {
    ASSESSMENT("Pengisian instrumen penilaian"),
    HEAD_REVIEW("Menunggu persetujuan Kepala OPD"),
    RETURNED_BY_HEAD("Dikembalikan oleh Kepala OPD"),
    VERIFICATION("Verifikasi internal BKPSDM"),
    RETURNED_BY_BKPSDM("Dikembalikan oleh BKPSDM"),
    REJECTED("Tidak memenuhi syarat"),
    ELIGIBLE("Memenuhi syarat"),
    FINALIST("Finalis"),
    NOT_SHORTLISTED("Tidak masuk daftar finalis"),
    AWARDEE("Penerima penghargaan"),
    NOT_AWARDED("Finalis, bukan penerima penghargaan");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package id.sipetruk.period;

/** Where an award period stands, with its Indonesian name. */
public enum AwardPeriodStatus {
    /** registered, waiting for the nomination window to open */
    SCHEDULED("Terjadwal"),
    NOMINATION_OPEN("Masa nominasi dibuka"),
    NOMINATION_CLOSED("Masa nominasi ditutup"),
    PANEL_ASSESSMENT("Penilaian tim eksternal"),
    DECREE("Penetapan Keputusan Bupati"),
    CEREMONY("Penyerahan penghargaan"),
    COMPLETED("Selesai"),
    /** ended because no nomination was eligible; the closing note says why */
    CLOSED_WITHOUT_AWARD("Ditutup tanpa penerima penghargaan");

    private final String label;

    AwardPeriodStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

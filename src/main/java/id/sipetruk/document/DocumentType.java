package id.sipetruk.document;

public enum DocumentType {
    /** Hasil Penilaian Instrumen Kinerja, per nomination */
    ASSESSMENT_RESULT,
    /** Keputusan Bupati (draft) with its Lampiran, per decree version */
    DECREE_DRAFT,
    /** Piagam Penghargaan, per awardee */
    CERTIFICATE,
    /** Berita Acara Penilaian Tim Penilai Eksternal, per period */
    PANEL_MINUTES,
    /** Rekapitulasi of every nominee by OPD, per period */
    RECAPITULATION
}

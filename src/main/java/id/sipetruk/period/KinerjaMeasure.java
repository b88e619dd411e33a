package id.sipetruk.period;

/** Which form of Kinerja a period's rubric scores (data-formats.md: regencies have either). */
public enum KinerjaMeasure {
    /** A regency e-Kinerja/TPP system's monthly value, met at or above the rubric's threshold. */
    VALUE,
    /** BKN's predikat, met when it is one of the rubric's chosen predikat. */
    PREDIKAT
}

package id.sipetruk.period;

/** Criteria that decide between finalists with the same final score, applied in the period's order. */
public enum TieBreak {
    /** higher mean panel score first */
    PANEL_SCORE,
    /** higher instrument total first */
    INSTRUMENT_SCORE,
    /** higher innovation score first */
    INNOVATION_SCORE,
    /** the nomination submitted first wins (always decides) */
    EARLIEST_NOMINATION;

    public static final String DEFAULT_ORDER = "PANEL_SCORE,INSTRUMENT_SCORE,INNOVATION_SCORE,EARLIEST_NOMINATION";
}

package id.sipetruk.assessment;

/** Result of the e-Perilaku 360° assessment against expectations (PermenPANRB 6/2022). */
public enum BehaviourResult {
    ABOVE_EXPECTATION,
    AS_EXPECTED,
    BELOW_EXPECTATION
}

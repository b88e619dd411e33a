package id.sipetruk.common;

import java.math.BigDecimal;

/** Numbers the way Indonesian pages and documents print them. */
public final class IndonesianNumbers {

    private IndonesianNumbers() {
    }

    /** 84.00 -> "84", 94.50 -> "94,5" (decimal comma); null -> "-". */
    public static String decimal(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString().replace('.', ',');
    }
}

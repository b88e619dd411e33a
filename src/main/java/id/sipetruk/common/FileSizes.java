package id.sipetruk.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** File sizes the way a person reads them: "820 B", "350 KB", "1,2 MB", "5 MB" (1 KB = 1024 bytes). */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * 1024;

    private FileSizes() {
    }

    public static String format(long bytes) {
        if (bytes < KB) {
            return bytes + " B";
        }
        if (bytes < MB) {
            return decimal(bytes, KB) + " KB";
        }
        return decimal(bytes, MB) + " MB";
    }

    /** A size known to be above the limit; never printed equal to the limit ("lebih dari 5 MB" then). */
    public static String above(long bytes, long limit) {
        String value = format(bytes);
        return value.equals(format(limit)) ? "lebih dari " + value : value;
    }

    private static String decimal(long bytes, long unit) {
        BigDecimal value = BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return value.toPlainString().replace('.', ',');
    }
}

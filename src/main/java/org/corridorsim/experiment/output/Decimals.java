package org.corridorsim.experiment.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as the same double, in plain notation (no exponent).
 * {@code Double.toString} is not shortest before Java 19 (it gives 2.0000000000000003E-5 where
 * 2.0E-5 would do, or 1.0E23 as 1.0E23 but 2E23 as 1.9999999999999998E23), so the digits are
 * found here: for each precision from 1 to 17 significant digits, the value rounded to nearest,
 * down and up are tried, and the first that parses back to the value wins.
 */
final class Decimals {

    private Decimals() {
    }

    /** {@code ""} for NaN and infinities; CSV leaves values that do not exist empty. */
    static String shortest(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0"; // also for -0.0: a count or mean of zero reads better unsigned
        }
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; digits <= 17; digits++) {
            BigDecimal found = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.DOWN, RoundingMode.UP}) {
                BigDecimal candidate = exact.round(new MathContext(digits, mode));
                if (candidate.doubleValue() == value) {
                    found = candidate;
                    break;
                }
            }
            if (found != null) {
                return found.stripTrailingZeros().toPlainString();
            }
        }
        // 17 significant digits always identify a double; not reached
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

package org.corridorsim.experiment.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as the same double, in plain notation (no exponent).
 * {@code Double.toString} is not shortest before Java 19 (it gives 2.0000000000000003E-5 where
 * 2.0E-5 would do, or 1.0E23 as 1.0E23 but 2E23 as 1.9999999999999998E23), so the digits are
 * found here: at the fewest significant digits (1 to 17) at which the value rounded down or up
 * parses back to it, the value rounded to nearest, down and up are tried, and the first that
 * parses back wins.
 */
final class Decimals {

    /** 2^53: whole numbers up to it are doubles, and so are their neighbours. */
    private static final double WHOLE = 0x1p53;
    /** Per number of significant digits, rounding to nearest (half even), down and up. */
    private static final MathContext[][] CONTEXTS = new MathContext[18][];

    static {
        for (int digits = 1; digits <= 17; digits++) {
            CONTEXTS[digits] = new MathContext[] {new MathContext(digits, RoundingMode.HALF_EVEN),
                new MathContext(digits, RoundingMode.DOWN), new MathContext(digits, RoundingMode.UP)};
        }
    }

    private Decimals() {
    }

    /** Whether the value rounded down or up to {@code digits} significant digits reads back as it. */
    private static boolean readsBack(BigDecimal exact, int digits, double value) {
        return exact.round(CONTEXTS[digits][1]).doubleValue() == value
                || exact.round(CONTEXTS[digits][2]).doubleValue() == value;
    }

    /** {@code ""} for NaN and infinities; CSV leaves values that do not exist empty. */
    static String shortest(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0"; // also for -0.0: a count or mean of zero reads better unsigned
        }
        if (value == Math.rint(value) && Math.abs(value) <= WHOLE) {
            // every whole number up to 2^53 is a double, so rounding it to fewer digits changes
            // it: the search below would find the number itself, which reads the same in plain notation
            return Long.toString((long) value);
        }
        BigDecimal exact = new BigDecimal(value);
        // Whether some decimal of n significant digits reads back as the value only grows with n
        // (such a decimal is also one of n + 1 digits, and the value's neighbours on the finer grid
        // lie between it and the value), so the fewest digits are found by bisection, starting
        // from Double.toString's digits, which read back and are most often the fewest: one fewer
        // is tried first.
        int fail = 0;
        int pass = Math.min(17, new BigDecimal(Double.toString(value)).stripTrailingZeros().precision());
        boolean first = true;
        while (pass - fail > 1) {
            int digits = first ? pass - 1 : (fail + pass) >>> 1;
            first = false;
            if (readsBack(exact, digits, value)) {
                pass = digits;
            } else {
                fail = digits;
            }
        }
        for (MathContext context : CONTEXTS[pass]) {
            BigDecimal candidate = exact.round(context);
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros().toPlainString();
            }
        }
        // 17 significant digits always identify a double; not reached
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}

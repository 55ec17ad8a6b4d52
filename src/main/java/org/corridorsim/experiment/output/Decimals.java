package org.corridorsim.experiment.output;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The shortest decimal that reads back as the same double, in plain notation (no exponent).
 * {@code Double.toString} is not shortest before Java 19 (it gives 2.0000000000000003E-5 where
 * 2.0E-5 would do, or 1.0E23 as 1.0E23 but 2E23 as 1.9999999999999998E23). The digits are those
 * of a search: at the fewest significant digits (1 to 17) at which the value rounded down or up
 * parses back to it, the value rounded to nearest, down and up are tried, and the first that
 * parses back wins.
 *
 * <p>The search works on exact {@code BigDecimal}s and takes microseconds a number, which a run
 * writing tens of thousands of numbers felt. So the digits are first taken from Schubfach
 * (R. Giulietti, "The Schubfach way to render doubles", 2020; jackson-core's copy, the algorithm
 * of Java 19's {@code Double.toString}): the shortest decimal that reads back, and of those the
 * nearest the value, ties to an even digit, which is what the search finds, with one exception.
 * Where one digit would do, Schubfach may give a nearer decimal of two (4.9E-324 where the search
 * gives 5E-324), so a result of two digits is searched again.
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
        BigDecimal quick = new BigDecimal(NumberOutput.toString(value, true)).stripTrailingZeros();
        return quick.precision() == 2 ? searched(value) : quick.toPlainString();
    }

    /** {@link #shortest} of a finite value that is neither zero nor a whole number up to 2^53, by the search. */
    static String searched(double value) {
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

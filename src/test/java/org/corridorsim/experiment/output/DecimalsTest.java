package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void knownValuesGetTheirShortestPlainDecimal() {
        assertEquals("5000", Decimals.shortest(5000));
        assertEquals("0.1", Decimals.shortest(0.1));
        assertEquals("0.30000000000000004", Decimals.shortest(0.1 + 0.2));
        assertEquals("0.3333333333333333", Decimals.shortest(1.0 / 3));
        assertEquals("0.00002", Decimals.shortest(2.0E-5));
        assertEquals("-12.5", Decimals.shortest(-12.5));
        assertEquals("0", Decimals.shortest(-0.0));
        assertEquals("", Decimals.shortest(Double.NaN));
        assertEquals("", Decimals.shortest(Double.POSITIVE_INFINITY));
        // Java 17's Double.toString gives 1.9999999999999998E23 here, which is not the shortest.
        assertEquals("200000000000000000000000", Decimals.shortest(2e23));
        // The smallest subnormal: one digit is enough, where Java 17 prints 4.9E-324.
        assertEquals(new BigDecimal("5E-324").toPlainString(), Decimals.shortest(Double.MIN_VALUE));
    }

    /** The search without the whole-number shortcut, as the oracle for it. */
    private static String bySearch(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int digits = 1; ; digits++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN,
                RoundingMode.DOWN, RoundingMode.UP}) {
                BigDecimal candidate = exact.round(new MathContext(digits, mode));
                if (candidate.doubleValue() == value) {
                    return candidate.stripTrailingZeros().toPlainString();
                }
            }
        }
    }

    @Test
    void wholeNumbersReadAsTheSearchWouldWriteThem() {
        SplittableRandom random = new SplittableRandom(20261204);
        double[] edges = {1, -1, 7, 1200, -1200, 1e15, 0x1p53, -0x1p53, 0x1p53 - 1, 0x1p53 + 2, 1e22, 4.5e15};
        for (double value : edges) {
            assertEquals(bySearch(value), Decimals.shortest(value), "value " + value);
        }
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 3) {
                case 0 -> random.nextLong(-1_000_000, 1_000_000);
                case 1 -> Math.rint(random.nextDouble() * 1e17) * (random.nextBoolean() ? 1 : -1);
                default -> random.nextLong(1, 1000) * Math.pow(10, random.nextInt(0, 16));
            };
            assertEquals(bySearch(value), Decimals.shortest(value), "value " + value);
        }
    }

    @Test
    void anyDoubleReadsAsTheSearchFromOneDigitUpWouldWriteIt() {
        SplittableRandom random = new SplittableRandom(4511638);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * 1e6;
                case 2 -> random.nextLong(1, 100_000) / 1000.0;
                default -> 1.0 / random.nextLong(1, 10_000);
            };
            if (Double.isFinite(value)) {
                assertEquals(bySearch(value), Decimals.shortest(value), "value " + value);
            }
        }
        for (double value : new double[] {2.0E-5, 1e23, 2e23, 0.1 + 0.2, 5e-324, Double.MAX_VALUE, 9007199254740993.0}) {
            assertEquals(bySearch(value), Decimals.shortest(value), "value " + value);
        }
    }

    @Test
    void theSchubfachDigitsAreTheSearchsForDoublesOfEveryKind() {
        // shortest takes Schubfach's digits unless they are two; searched is the search alone
        SplittableRandom random = new SplittableRandom(20261206);
        int quick = 0;
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 8) {
                case 0 -> Double.longBitsToDouble(random.nextLong());              // any bit pattern
                case 1 -> random.nextDouble() * 1e6;                                // means of counts
                case 2 -> random.nextLong(1, 100_000) / 1000.0;                     // three decimals
                case 3 -> random.nextLong(1, 10_000) / 5.0 + 0.1;                   // means of 5 replications
                case 4 -> Math.scalb(1.0, random.nextInt(-1074, 1024)) * (random.nextBoolean() ? 1 : -1);
                case 5 -> Math.nextUp(Math.scalb(1.0, random.nextInt(-1074, 1023)));
                case 6 -> random.nextLong(1, 100) * Math.pow(10, random.nextInt(-320, 300)); // one or two digits
                default -> random.nextInt(1, 10) * Math.pow(10, random.nextInt(-30, 30)) + random.nextGaussian();
            };
            if (!Double.isFinite(value) || value == 0 || value == Math.rint(value) && Math.abs(value) <= 0x1p53) {
                continue;
            }
            String text = Decimals.shortest(value);
            assertEquals(Decimals.searched(value), text, "value " + value);
            quick += significantDigits(text) == 2 ? 0 : 1;
        }
        assertTrue(quick > 140_000, "most values take Schubfach's digits: " + quick);
    }

    @Test
    void randomDoublesReadBackExactlyAndNoShorterDecimalDoes() {
        SplittableRandom random = new SplittableRandom(20261127);
        for (int i = 0; i < 20_000; i++) {
            double value = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong()); // any bit pattern
                case 1 -> random.nextDouble() * 1e6;                   // means of counts
                default -> Math.round(random.nextDouble() * 1e5) / 100.0; // two decimals
            };
            if (!Double.isFinite(value)) {
                continue;
            }
            String text = Decimals.shortest(value);
            assertEquals(value == 0 ? 0.0 : value, Double.parseDouble(text), text);
            assertFalse(text.contains("E") || text.contains("e"), text);
            int digits = significantDigits(text);
            if (digits > 1) {
                BigDecimal exact = new BigDecimal(value);
                for (RoundingMode mode : RoundingMode.values()) {
                    if (mode == RoundingMode.UNNECESSARY) {
                        continue;
                    }
                    double shorter = exact.round(new MathContext(digits - 1, mode)).doubleValue();
                    assertFalse(shorter == value, () -> value + " also reads back from " + (digits - 1) + " digits");
                }
            }
        }
    }

    @Test
    void onJava19AndLaterItHasAsManyDigitsAsDoubleToString() {
        // From Java 19, Double.toString gives the shortest decimal (JDK-4511638); CI also runs Java 25.
        if (Runtime.version().feature() < 19) {
            return;
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            double value = Double.longBitsToDouble(random.nextLong());
            if (!Double.isFinite(value) || value == 0) {
                continue;
            }
            assertEquals(significantDigits(new BigDecimal(Double.toString(value)).toPlainString()),
                    significantDigits(Decimals.shortest(value)), () -> Double.toString(value));
        }
    }

    private static int significantDigits(String plain) {
        return new BigDecimal(plain).stripTrailingZeros().precision();
    }
}

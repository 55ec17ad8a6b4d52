package org.corridorsim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
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
                for (java.math.RoundingMode mode : java.math.RoundingMode.values()) {
                    if (mode == java.math.RoundingMode.UNNECESSARY) {
                        continue;
                    }
                    double shorter = exact.round(new java.math.MathContext(digits - 1, mode)).doubleValue();
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

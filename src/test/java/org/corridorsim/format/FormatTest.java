package org.corridorsim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.corridorsim.random.Distribution;
import org.junit.jupiter.api.Test;

class FormatTest {

    private static final String NBSP = "\u00a0";

    @Test
    void numbersKeepThreeSignificantDigitsAndWholeNumbersFromAHundred() {
        assertEquals("7,888", Format.number(7888.45));
        assertEquals("629", Format.number(628.55));
        assertEquals("100", Format.number(99.96));
        assertEquals("5.55", Format.number(5.549));
        assertEquals("0.0432", Format.number(0.04321));
        assertEquals("-1,173", Format.number(-1173.2));
        assertEquals("0", Format.number(0));
        assertEquals("n/a", Format.number(Double.NaN));
    }

    @Test
    void durationsUseTheLargestSensibleUnits() {
        assertEquals("45" + NBSP + "s", Format.duration(45));
        assertEquals("4.5" + NBSP + "min", Format.duration(270));
        assertEquals("45" + NBSP + "min", Format.duration(2700));
        assertEquals("1" + NBSP + "h 30" + NBSP + "min", Format.duration(5400));
        assertEquals("33" + NBSP + "h", Format.duration(33 * 3600));
        assertEquals("2" + NBSP + "d 11" + NBSP + "h", Format.duration(59 * 3600));
        assertEquals("-5" + NBSP + "min", Format.duration(-300));
        assertEquals("never", Format.duration(Double.POSITIVE_INFINITY));
    }

    @Test
    void percentagesAndDistributions() {
        assertEquals("95%", Format.percent(0.95));
        assertEquals("99.5%", Format.percent(0.995));
        assertEquals("lognormal, mean 45" + NBSP + "min, sd 20" + NBSP + "min",
                Format.distribution(new Distribution.LogNormal(2700, 1200), Format::duration));
        assertEquals("triangular 40" + NBSP + "min / 1" + NBSP + "h / 1" + NBSP + "h 30" + NBSP + "min",
                Format.distribution(new Distribution.Triangular(2400, 3600, 5400), Format::duration));
        assertEquals("geometric, mean 4.5", Format.distribution(new Distribution.Geometric(4.5), Format::number));
        assertEquals("fixed 1", Format.distribution(new Distribution.Constant(1), Format::number));
    }

    @Test
    void intervalsKeepTheDigitsThatTellTheirEndsApart() {
        assertEquals("[0.958, 0.998]", Format.interval(0.958, 0.998));
        assertEquals("[0.99912, 0.99981]", Format.interval(0.99912, 0.99981), "not [0.999, 1]");
        assertEquals("[0.9996, 0.99996]", Format.interval(0.9996, 0.99996), "not [1, 1]");
        assertEquals("[1,000.2, 1,000.6]", Format.interval(1000.2, 1000.6), "not [1,000, 1,001]");
        assertEquals("[3, 3]", Format.interval(3, 3), "a point interval stays one value");
        assertEquals("[0.0144, 0.988]", Format.interval(0.0144, 0.988));
    }

    @Test
    void noiseFarBelowTheRestOfAColumnReadsZero() {
        assertEquals("0", Format.inColumn(0.0000391, 12.5));
        assertEquals("4.3", Format.inColumn(4.3, 256));
        assertEquals("12.5", Format.inColumn(12.5, 12.5));
        assertEquals("-0.55", Format.inColumn(-0.55, 636));
        assertEquals("n/a", Format.inColumn(Double.NaN, 1));
    }
}

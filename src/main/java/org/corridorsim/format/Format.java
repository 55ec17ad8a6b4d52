package org.corridorsim.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.corridorsim.random.Distribution;
import org.corridorsim.stats.Summary;

/**
 * Numbers, durations and distributions as a reader should see them, in the report and in the
 * built-in policies' descriptions alike: three significant digits, durations in s, min, h or d,
 * and intervals with as many digits as it takes to tell their ends apart.
 */
public final class Format {

    /** A cell with nothing to show. */
    public static final String NONE = "–";
    /** A number that does not exist, such as a mean over no observations. */
    public static final String ABSENT = "n/a";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Format() {
    }

    /**
     * Three significant digits, but whole numbers from 100 up, grouped: 7,888, 628.6 becomes 629,
     * 5.55, 0.0432. Report readers compare magnitudes; the exact values are in summary.json.
     *
     * @param value any number; not finite gives {@link #ABSENT}
     * @return the number as text
     */
    public static String number(double value) {
        if (!Double.isFinite(value)) {
            return ABSENT;
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 99.95 || value == 0) {
            return new DecimalFormat("#,##0", SYMBOLS).format(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        return new DecimalFormat("#,##0.###########", SYMBOLS).format(rounded);
    }

    /**
     * A confidence level or share as a percentage: 95%, 99.5%.
     *
     * @param fraction the share, 1 for 100%
     * @return the percentage as text
     */
    public static String percent(double fraction) {
        return new DecimalFormat("0.##", SYMBOLS).format(100 * fraction) + "%";
    }

    /**
     * "7,888 ± 122", or just the mean when there is no interval (one replication).
     *
     * @param summary the mean and its half-width
     * @param unit how a value reads, e.g. {@code Format::number}
     * @return the mean and half-width as text
     */
    public static String meanAndHalfWidth(Summary summary, DoubleFunction<String> unit) {
        if (!Double.isFinite(summary.halfWidth())) {
            return unit.apply(summary.mean());
        }
        return unit.apply(summary.mean()) + " ± " + unit.apply(summary.halfWidth());
    }

    /**
     * A duration in seconds in the largest sensible units: 45 s, 4.5 min, 12 min, 1 h 30 min,
     * 33 h, 2 d 11 h. A no-break space keeps each number with its unit.
     *
     * @param seconds the duration; infinite gives "never"
     * @return the duration as text
     */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return seconds > 0 ? "never" : ABSENT;
        }
        if (seconds < 0) {
            return "-" + duration(-seconds);
        }
        if (seconds < 60) {
            return number(seconds) + "\u00a0s";
        }
        if (seconds < 600) {
            return number(seconds / 60) + "\u00a0min";
        }
        long minutes = Math.round(seconds / 60);
        if (minutes < 60) {
            return minutes + "\u00a0min";
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return minutes % 60 == 0 ? hours + "\u00a0h" : hours + "\u00a0h " + minutes % 60 + "\u00a0min";
        }
        long roundedHours = Math.round(seconds / 3600);
        long days = roundedHours / 24;
        return roundedHours % 24 == 0 ? days + "\u00a0d" : days + "\u00a0d " + roundedHours % 24 + "\u00a0h";
    }

    /**
     * A distribution with its parameters in {@code unit}, e.g. "lognormal, mean 45 min, sd 20 min"
     * or "fixed 5 min". Shape parameters have no unit.
     *
     * @param distribution the distribution
     * @param unit how its location and scale read, e.g. {@code Format::duration}
     * @return the distribution as text
     */
    public static String distribution(Distribution distribution, DoubleFunction<String> unit) {
        if (distribution instanceof Distribution.Constant d) {
            return "fixed " + unit.apply(d.value());
        } else if (distribution instanceof Distribution.Uniform d) {
            return "uniform " + unit.apply(d.min()) + " to " + unit.apply(d.max());
        } else if (distribution instanceof Distribution.Exponential d) {
            return "exponential, mean " + unit.apply(d.mean());
        } else if (distribution instanceof Distribution.Gamma d) {
            return "gamma, shape " + number(d.shape()) + ", mean " + unit.apply(d.mean());
        } else if (distribution instanceof Distribution.LogNormal d) {
            return "lognormal, mean " + unit.apply(d.mean()) + ", sd " + unit.apply(d.sd());
        } else if (distribution instanceof Distribution.Triangular d) {
            return "triangular " + unit.apply(d.min()) + " / " + unit.apply(d.mode()) + " / " + unit.apply(d.max());
        } else if (distribution instanceof Distribution.Weibull d) {
            return "Weibull, shape " + number(d.shape()) + ", scale " + unit.apply(d.scale());
        } else if (distribution instanceof Distribution.TruncatedNormal d) {
            return "normal (non-negative), location " + unit.apply(d.location()) + ", scale " + unit.apply(d.scale());
        } else if (distribution instanceof Distribution.Geometric d) {
            return "geometric, mean " + unit.apply(d.mean());
        } else if (distribution instanceof Distribution.Poisson d) {
            return "Poisson, mean " + unit.apply(d.mean());
        }
        return "empirical, mean " + unit.apply(distribution.mean());
    }

    /**
     * The ends of an interval, each to three significant digits, or, when the interval is narrow
     * beside its ends, to two significant digits of its width: [0.99912, 0.99981] rather than
     * [0.999, 1] or [1, 1], [1,000.2, 1,000.6] rather than [1,000, 1,001].
     *
     * @param low the lower end
     * @param high the upper end
     * @return "[low, high]"
     */
    public static String interval(double low, double high) {
        double larger = Math.max(Math.abs(low), Math.abs(high));
        double width = Math.abs(high - low);
        if (Double.isFinite(width) && width > 0 && width < 10 * resolution(larger)) {
            // two significant digits of the width
            int decimals = Math.max(0, Math.min(15, 1 - (int) Math.floor(Math.log10(width))));
            return "[" + fixed(low, decimals) + ", " + fixed(high, decimals) + "]";
        }
        return "[" + number(low) + ", " + number(high) + "]";
    }

    /** The step {@link #number} rounds a value of this magnitude to. */
    private static double resolution(double magnitude) {
        return magnitude >= 99.95 || magnitude == 0 ? 1 : Math.pow(10, Math.floor(Math.log10(magnitude)) - 2);
    }

    /**
     * A value among others of a column or row: to three significant digits, but 0 where it is
     * below a ten-thousandth of the largest magnitude there, so that floating-point noise such as
     * 0.0000391 beside 12.5 reads 0 rather than as a figure.
     *
     * @param value the value
     * @param largest the largest magnitude in the column or row, in the same unit
     * @return the value as text
     */
    public static String inColumn(double value, double largest) {
        if (!Double.isFinite(value)) {
            return ABSENT;
        }
        return Math.abs(value) < 1e-4 * Math.abs(largest) ? "0" : number(value);
    }

    private static String fixed(double value, int decimals) {
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals), SYMBOLS);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }
}

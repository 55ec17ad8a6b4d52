package org.corridorsim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.corridorsim.random.Distribution;
import org.corridorsim.stats.Summary;

/** Numbers, durations and distributions as a reader of the report should see them. */
final class Format {

    static final String NONE = "–";
    /** A number that does not exist, such as a mean over no observations. */
    static final String ABSENT = "n/a";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Format() {
    }

    /**
     * Three significant digits, but whole numbers from 100 up, grouped: 7,888, 628.6 becomes 629,
     * 5.55, 0.0432. Report readers compare magnitudes; the exact values are in summary.json.
     */
    static String number(double value) {
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

    /** A confidence level as a percentage: 95%, 99.5%. */
    static String percent(double fraction) {
        return new DecimalFormat("0.##", SYMBOLS).format(100 * fraction) + "%";
    }

    /** "7,888 ± 122", or just the mean when there is no interval (one replication). */
    static String meanAndHalfWidth(Summary summary, DoubleFunction<String> unit) {
        if (!Double.isFinite(summary.halfWidth())) {
            return unit.apply(summary.mean());
        }
        return unit.apply(summary.mean()) + " ± " + unit.apply(summary.halfWidth());
    }

    /**
     * A duration in seconds in the largest sensible units: 45 s, 4.5 min, 12 min, 1 h 30 min,
     * 33 h, 2 d 11 h. A no-break space keeps each number with its unit.
     */
    static String duration(double seconds) {
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
     */
    static String distribution(Distribution distribution, DoubleFunction<String> unit) {
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
}

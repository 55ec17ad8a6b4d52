package org.corridorsim.policy.builtin;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.corridorsim.policy.BlockingPolicy;
import org.corridorsim.policy.Decision.Verdict;
import org.corridorsim.policy.Kind;
import org.corridorsim.random.Distribution;

/**
 * The words the built-in policies describe themselves with ({@code describe()}): numbers to three
 * significant digits, durations in s / min / h / d, distributions with their parameters. Kept in
 * step with the report's formatting so a policy reads the same in both.
 */
final class Wording {

    /** Between the parts of a built-in policy's {@code describe()}. */
    static final String SEPARATOR = " · ";

    static final String EVERYONE = "everyone";

    private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ENGLISH);

    private Wording() {
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (Math.abs(value) >= 99.95 || value == 0) {
            return new DecimalFormat("#,##0", SYMBOLS).format(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        return new DecimalFormat("#,##0.###########", SYMBOLS).format(rounded);
    }

    static String duration(double seconds) {
        if (!Double.isFinite(seconds)) {
            return seconds > 0 ? "never" : "n/a";
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

    /** A distribution of durations, e.g. "lognormal, mean 45 min, sd 20 min" or "fixed 5 min". */
    static String durations(Distribution distribution) {
        if (distribution instanceof Distribution.Constant d) {
            return "fixed " + duration(d.value());
        } else if (distribution instanceof Distribution.Uniform d) {
            return "uniform " + duration(d.min()) + " to " + duration(d.max());
        } else if (distribution instanceof Distribution.Exponential d) {
            return "exponential, mean " + duration(d.mean());
        } else if (distribution instanceof Distribution.Gamma d) {
            return "gamma, shape " + number(d.shape()) + ", mean " + duration(d.mean());
        } else if (distribution instanceof Distribution.LogNormal d) {
            return "lognormal, mean " + duration(d.mean()) + ", sd " + duration(d.sd());
        } else if (distribution instanceof Distribution.Triangular d) {
            return "triangular " + duration(d.min()) + " / " + duration(d.mode()) + " / " + duration(d.max());
        } else if (distribution instanceof Distribution.Weibull d) {
            return "Weibull, shape " + number(d.shape()) + ", scale " + duration(d.scale());
        } else if (distribution instanceof Distribution.TruncatedNormal d) {
            return "normal (non-negative), location " + duration(d.location()) + ", scale " + duration(d.scale());
        } else if (distribution instanceof Distribution.Geometric d) {
            return "geometric, mean " + duration(d.mean());
        } else if (distribution instanceof Distribution.Poisson d) {
            return "Poisson, mean " + duration(d.mean());
        }
        return "empirical, mean " + duration(distribution.mean());
    }

    static String describe(List<String> words) {
        return String.join(SEPARATOR, words);
    }

    /** A part of a composite: "type (who, where, how)", or its own description if not built in. */
    static String part(BlockingPolicy policy) {
        if (policy instanceof Worded worded) {
            List<String> w = worded.words();
            return w.get(0) + " (" + w.get(1) + ", " + w.get(2) + ", " + w.get(3) + ")";
        }
        return policy.describe();
    }

    static String kinds(Collection<Kind> kinds) {
        return kinds.stream().sorted().map(Kind::id).collect(Collectors.joining(", "));
    }

    static String corridors(Optional<List<String>> corridors) {
        return corridors.map(c -> String.join(", ", c)).orElse("all corridors");
    }

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case TURN_BACK -> "turned back";
            case DETAIN -> "detained";
            case DELAY -> "held";
            case PASS -> "let pass";
        };
    }

    static String queued(boolean disperse) {
        return disperse ? "queued groups disperse" : "queued groups wait";
    }
}

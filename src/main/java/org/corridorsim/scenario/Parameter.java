package org.corridorsim.scenario;

import java.math.BigDecimal;

/**
 * A scenario value that a prior may vary, found where the scenario reads it: its override path
 * (as written in {@code priors}), what it is, and the range the scenario accepts for it.
 *
 * @param path the override path
 * @param type what the value is
 * @param min the smallest value accepted, in model units
 * @param max the largest, not below {@code min}
 */
public record Parameter(String path, Type type, double min, double max) {

    /** What a parameter is; a duration is held in seconds. */
    public enum Type {
        /** Any number in the range. */
        NUMBER,
        /** A whole number. */
        INTEGER,
        /** A duration, in seconds. */
        DURATION
    }

    /**
     * Checks the components.
     *
     * @param path the override path
     * @param type what the value is
     * @param min the smallest value accepted, in model units
     * @param max the largest, not below {@code min}
     */
    public Parameter {
        if (!(min <= max)) {
            throw new IllegalArgumentException("parameter " + path + ": empty range [" + min + ", " + max + "]");
        }
    }

    /**
     * The value as override text: a duration in seconds written exactly ({@code 5400.25s}), a
     * whole number rounded to the nearest integer, a number as it is.
     */
    static String durationText(double seconds) {
        return BigDecimal.valueOf(seconds).toPlainString() + "s";
    }

    String text(double value) {
        return switch (type) {
            case DURATION -> durationText(value);
            case INTEGER -> Long.toString(Math.round(value));
            case NUMBER -> Double.toString(value);
        };
    }
}

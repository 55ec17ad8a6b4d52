package org.corridorsim.stats;

/**
 * The time average of a level that changes in steps, such as a queue length or the number of busy
 * checkpoint lanes. The level holds its value from one update to the next.
 *
 * <p>{@link #merge} pools two statistics: the areas add and the observed durations add, so the
 * merged {@link #timeAverage} is the average over the combined time, each part weighted by its
 * length. The merged-in part counts only up to its own last update; to include its tail, call
 * {@code other.update(endTime, other.level())} before merging. Merging does not change this
 * statistic's clock or current level.
 */
public final class TimeWeighted {

    private double startTime;
    private double lastTime;
    private double level;
    /** Area under the level from {@code startTime} to {@code lastTime}. */
    private double area;
    private double mergedArea;
    private double mergedDuration;
    private double min;
    private double max;

    /**
     * A statistic that starts accumulating at {@code startTime}.
     *
     * @param startTime in seconds, finite
     * @param initialLevel the level from then on, finite (for example 0 people queued)
     * @throws IllegalArgumentException if either is not finite
     */
    public TimeWeighted(double startTime, double initialLevel) {
        if (!Double.isFinite(startTime)) {
            throw new IllegalArgumentException("TimeWeighted start time must be finite, got " + startTime);
        }
        requireFiniteLevel(initialLevel);
        this.level = initialLevel;
        restart(startTime);
    }

    /**
     * Records that the level becomes {@code newLevel} at {@code time}.
     *
     * @param time in seconds, not before the last update
     * @param newLevel finite
     * @throws IllegalArgumentException if time goes backwards or {@code newLevel} is not finite
     */
    public void update(double time, double newLevel) {
        advance(time);
        requireFiniteLevel(newLevel);
        level = newLevel;
        if (newLevel < min) {
            min = newLevel;
        }
        if (newLevel > max) {
            max = newLevel;
        }
    }

    /**
     * Raises the level by one, e.g. when someone joins a queue.
     *
     * @param time in seconds, not before the last update
     */
    public void increment(double time) {
        update(time, level + 1);
    }

    /**
     * Lowers the level by one, e.g. when someone leaves a queue.
     *
     * @param time in seconds, not before the last update
     */
    public void decrement(double time) {
        update(time, level - 1);
    }

    /**
     * The area under the level from the start (or last reset) to {@code endTime}, plus merged areas.
     *
     * @param endTime in seconds, not before the last update
     * @return level × seconds
     */
    public double area(double endTime) {
        requireNotBefore(endTime);
        return area + mergedArea + level * (endTime - lastTime);
    }

    /**
     * The time average up to {@code endTime}.
     *
     * @param endTime in seconds, not before the last update
     * @return the area divided by the elapsed (and merged) time, or NaN when no time has passed
     */
    public double timeAverage(double endTime) {
        double duration = endTime - startTime + mergedDuration;
        double totalArea = area(endTime);
        return duration > 0 ? totalArea / duration : Double.NaN;
    }

    /** {@return the current level} */
    public double level() {
        return level;
    }

    /** {@return the smallest level taken since the start or last reset, including levels held for no time} */
    public double min() {
        return min;
    }

    /** {@return the largest level taken since the start or last reset, including levels held for no time} */
    public double max() {
        return max;
    }

    /** {@return when accumulation started: the construction time or the last reset} */
    public double startTime() {
        return startTime;
    }

    /**
     * Restarts accumulation at {@code time}, keeping the current level; used to delete a warm-up
     * period. Merged contributions are dropped too.
     *
     * @param time in seconds, not before the last update
     */
    public void reset(double time) {
        requireNotBefore(time);
        restart(time);
    }

    private void restart(double time) {
        startTime = time;
        lastTime = time;
        area = 0;
        mergedArea = 0;
        mergedDuration = 0;
        min = level;
        max = level;
    }

    /**
     * Pools {@code other} into this statistic; see the class comment.
     *
     * @param other another statistic; unchanged
     */
    public void merge(TimeWeighted other) {
        double otherArea = other.area + other.mergedArea;
        double otherDuration = other.lastTime - other.startTime + other.mergedDuration;
        mergedArea += otherArea;
        mergedDuration += otherDuration;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    private void advance(double time) {
        requireNotBefore(time);
        area += level * (time - lastTime);
        lastTime = time;
    }

    private void requireNotBefore(double time) {
        if (!(time >= lastTime) || time == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("TimeWeighted time must be finite and not before the last update at "
                    + lastTime + ", got " + time);
        }
    }

    private static void requireFiniteLevel(double level) {
        if (!Double.isFinite(level)) {
            throw new IllegalArgumentException("TimeWeighted level must be finite, got " + level);
        }
    }

    @Override
    public String toString() {
        return "TimeWeighted[start=" + startTime + ", last=" + lastTime + ", level=" + level
                + ", min=" + min + ", max=" + max + "]";
    }
}

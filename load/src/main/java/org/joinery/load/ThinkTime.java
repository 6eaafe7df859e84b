package org.joinery.load;

import java.time.Duration;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How long a practitioner reads a page before the next request. People do not click on a metronome, so the
 * pause is drawn at random around a mean, from each practitioner's own seeded generator (a run can be
 * repeated exactly): exponential (the usual model of independent people, many short pauses and a few long
 * ones, cut at five times the mean), uniform between none and twice the mean, or fixed. A mean of zero is
 * no pause at all: the saturation run, which measures capacity rather than a working day.
 */
public record ThinkTime(Duration mean, Shape shape) {

    public enum Shape { EXPONENTIAL, UNIFORM, FIXED }

    /** The longest exponential pause, in means: keeps one unlucky practitioner from idling out of a short run. */
    static final double LONGEST_IN_MEANS = 5;

    public ThinkTime {
        if (mean.isNegative()) {
            throw new IllegalArgumentException("A think time of zero or more (given " + mean + ")");
        }
    }

    public static ThinkTime none() {
        return new ThinkTime(Duration.ZERO, Shape.FIXED);
    }

    /** exponential, uniform or fixed. */
    public static Shape shape(String name) {
        try {
            return Shape.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a think time shape of exponential, uniform or fixed (given " + name + ")");
        }
    }

    public boolean isZero() {
        return mean.isZero();
    }

    /** One pause, in milliseconds. */
    public long nextMillis(SplittableRandom random) {
        double meanMillis = mean.toNanos() / 1e6;
        double pause = switch (shape) {
            case FIXED -> meanMillis;
            case UNIFORM -> random.nextDouble() * 2 * meanMillis;
            case EXPONENTIAL -> Math.min(-Math.log(1 - random.nextDouble()) * meanMillis, LONGEST_IN_MEANS * meanMillis);
        };
        return Math.round(pause);
    }

    @Override
    public String toString() {
        return isZero() ? "none (saturation)" : shape.name().toLowerCase(Locale.ROOT) + " with mean " + mean.toMillis() + " ms";
    }
}

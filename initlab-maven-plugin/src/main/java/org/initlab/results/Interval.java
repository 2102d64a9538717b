package org.initlab.results;

/** The ends of a 95 % interval estimate ({@link Bootstrap}). */
public record Interval(double low, double high) {

    /** Whether {@code value} lies inside, ends included. */
    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}

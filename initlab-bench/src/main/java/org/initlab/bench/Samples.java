package org.initlab.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Timed repetitions of one workload on one side, in milliseconds. */
final class Samples {
    private final List<Double> ms = new ArrayList<>();

    void add(double millis) {
        ms.add(millis);
    }

    boolean isEmpty() {
        return ms.isEmpty();
    }

    double median() {
        double[] v = sorted();
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    double min() {
        double[] v = sorted();
        return v.length == 0 ? Double.NaN : v[0];
    }

    private double[] sorted() {
        double[] v = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v;
    }

    /** Milliseconds of wall time {@code work} takes, by {@link System#nanoTime()}. */
    static double time(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e6;
    }
}

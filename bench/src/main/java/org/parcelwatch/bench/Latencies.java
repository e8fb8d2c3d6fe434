package org.parcelwatch.bench;

import java.util.Arrays;

/** Collected latencies in microseconds and their percentiles. */
final class Latencies {

    private long[] micros = new long[1 << 16];
    private int count;

    synchronized void add(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1_000;
    }

    synchronized void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.micros[i] * 1_000);
        }
    }

    synchronized int count() {
        return count;
    }

    /** The p-th percentile in milliseconds. */
    synchronized double percentileMs(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.ceil(p / 100.0 * count) - 1);
        return sorted[Math.max(0, index)] / 1000.0;
    }
}

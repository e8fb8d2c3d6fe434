package org.parcelwatch.bench;

import java.util.Arrays;

/**
 * How steadily this machine gives CPU to one thread while nothing else runs: a plain loop counted in 10 ms slices
 * for a few seconds. On the shared virtual machines the bench runs on, the host now and then runs a vCPU at a
 * twentieth of its speed for 50–100 ms, every second or two on a bad day; a paced call that meets such a slice waits
 * for it, and the queue it leaves, whatever the application does. Printed beside the reads, so that a p99 is read
 * with the machine it was measured on. Off the clock of every figure: it runs between phases, on an idle machine.
 */
final class HostSteadiness {

    private static final long SLICE_NANOS = 10_000_000L;
    /** The loop's result, kept so that the JIT cannot drop the loop as dead code. */
    private static volatile long sink;

    /** The slices' counts against their median: stalled slices (under a quarter of it) and the longest run of them. */
    record Reading(int slices, int stalled, int longestStallMillis) {

        String describe() {
            return ("%d of %d 10 ms slices of one thread ran at under a quarter of the median speed (%.1f%%), the longest"
                    + " run of them %d ms").formatted(stalled, slices, 100.0 * stalled / Math.max(1, slices), longestStallMillis);
        }
    }

    private HostSteadiness() {
    }

    static Reading measure(int seconds) {
        spin(1); // the loop compiled first
        long[] counts = spin(seconds);
        long[] sorted = counts.clone();
        Arrays.sort(sorted);
        long median = sorted[sorted.length / 2];
        int stalled = 0;
        int run = 0;
        int longest = 0;
        for (long count : counts) {
            if (count < median / 4) {
                stalled++;
                longest = Math.max(longest, ++run);
            } else {
                run = 0;
            }
        }
        return new Reading(counts.length, stalled, longest * 10);
    }

    private static long[] spin(int seconds) {
        long[] counts = new long[seconds * 100];
        long x = 1;
        long next = System.nanoTime() + SLICE_NANOS;
        int slice = 0;
        long n = 0;
        while (slice < counts.length) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            if ((++n & 255) == 0 && System.nanoTime() >= next) {
                counts[slice++] = n;
                n = 0;
                next += SLICE_NANOS;
            }
        }
        sink = x;
        return counts;
    }
}

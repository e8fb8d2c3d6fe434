package org.parcelwatch.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A warm-up that lasts until this JVM's JIT has settled, not a fixed time: on two cores the C2 compiler thread,
 * still compiling the framework's code paths, takes one core of two for seconds at a time, so a measure started
 * while it works counts its CPU per operation and the queues its bursts leave (the paced reads' p99 had slow calls
 * every 1.5 s, each during a 100–500 ms compilation, none during a GC pause). A service runs for days: what it
 * costs once warm is what is measured, as JMH measures after its warm-up iterations.
 *
 * <p>Settled: at least the minimum warm-up has passed and the compiler threads used less than
 * {@code bench.jit-settled-share} (default 5%) of one core over the last {@value #WINDOW_SECONDS} seconds; or the
 * maximum ({@code bench.jit-settle-max-seconds}, default 300) has passed, which the printed warm-up time then shows.
 * Their CPU time, from /proc, not the JVM's compilation time, which is wall time and runs on while a busy machine
 * keeps the compiler thread waiting for a core.
 */
final class JitSettling {

    static final int WINDOW_SECONDS = 10;
    private static final double SETTLED_SHARE = Double.parseDouble(System.getProperty("bench.jit-settled-share", "0.05"));
    private static final long MAX_NANOS = Duration.ofSeconds(Long.getLong("bench.jit-settle-max-seconds", 300)).toNanos();

    private record Sample(long nanos, long compileMillis) {
    }

    private final long started = System.nanoTime();
    private final long minNanos;
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private boolean settled;
    private long settledAt;

    JitSettling(Duration minimum) {
        this.minNanos = minimum.toNanos();
        samples.add(new Sample(started, cpuMillis()));
    }

    /** Whether the warm-up goes on; called by the warm-up's own work, or by {@link #await}. */
    synchronized boolean warming() {
        if (settled) {
            return false;
        }
        long now = System.nanoTime();
        if (now - samples.getLast().nanos() >= 1_000_000_000L) {
            samples.add(new Sample(now, cpuMillis()));
            while (now - samples.getFirst().nanos() > (WINDOW_SECONDS + 1) * 1_000_000_000L) {
                samples.removeFirst();
            }
        }
        long elapsed = now - started;
        Sample first = samples.getFirst();
        Sample last = samples.getLast();
        long window = last.nanos() - first.nanos();
        boolean quiet = window >= WINDOW_SECONDS * 1_000_000_000L
                && (last.compileMillis() - first.compileMillis()) * 1e6 < SETTLED_SHARE * window;
        if (elapsed >= minNanos && quiet || elapsed >= MAX_NANOS) {
            settled = true;
            settledAt = now;
        }
        return !settled;
    }

    /** Waits, while a load runs elsewhere, until the JIT has settled. */
    void await() throws InterruptedException {
        while (warming()) {
            Thread.sleep(250);
        }
    }

    /** The warm-up's length in seconds, once settled. */
    synchronized double seconds() {
        return (settledAt - started) / 1e9;
    }

    /** CPU milliseconds this JVM's compiler threads (C1 and C2) have used so far; those that ended not counted. */
    static long cpuMillis() {
        long ticks = 0;
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path thread : threads) {
                try {
                    if (!Files.readString(thread.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        continue;
                    }
                    ticks += ProcStat.of(thread).cpuTicks();
                } catch (IOException | RuntimeException gone) {
                    // the thread ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return Math.round(ticks * 1000 / ProcStat.TICKS);
    }
}

package org.parcelwatch.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPU time spent by this JVM and by the PostgreSQL backends serving the benchmark's database. On a shared
 * two-core machine wall-clock rates move with whatever else runs; CPU time per operation moves much less,
 * and it is what sizes a deployment.
 */
final class CpuMeter {

    /** How often the backends are looked at, so that one that ends (a connection the pool evicts) still counts. */
    private static final long SAMPLE_MILLIS = 250;

    private final String database;
    /** The last CPU ticks seen of every backend of the database since the meter started, by pid and start time. */
    private final Map<String, Long> seen = new ConcurrentHashMap<>();
    /** The sampler's own thread: its CPU (reading /proc four times a second) is the meter's, not the application's. */
    private final long samplerId;

    CpuMeter(String database) {
        this.database = database;
        Thread sampler = new Thread(() -> {
            while (true) {
                postgresSeconds();
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cpu-meter");
        sampler.setDaemon(true);
        samplerId = sampler.getId();
        sampler.start();
    }

    record Reading(long jvmNanos, double postgresSeconds) {
    }

    /** CPU seconds since {@code start}: JVM and database. */
    record Spent(double jvmSeconds, double postgresSeconds) {

        /** JVM and database together. */
        double total() {
            return jvmSeconds + postgresSeconds;
        }

        String perOperation(long operations, String unit) {
            return "CPU per %s: JVM %.0f µs, PostgreSQL %.0f µs".formatted(unit, 1e6 * jvmSeconds / operations,
                    1e6 * postgresSeconds / operations);
        }
    }

    Reading read() {
        return new Reading(jvmNanos(), postgresSeconds());
    }

    Spent since(Reading start) {
        Reading now = read();
        return new Spent((now.jvmNanos() - start.jvmNanos()) / 1e9, now.postgresSeconds() - start.postgresSeconds());
    }

    /** The JVM's CPU time less the sampler thread's own. */
    private long jvmNanos() {
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        long meter = ManagementFactory.getThreadMXBean().getThreadCpuTime(samplerId);
        return process - Math.max(0, meter);
    }

    /**
     * utime + stime of every backend whose title names the database ("postgres: 15/main: user db host ..."), those
     * that ended included as last seen: a backend's time is gone from /proc when it exits, and the shadow rebuild's
     * connection is closed by eviction at its end (without sampling, its whole rebuild went uncounted, or negative).
     * A backend that ends loses at most its last {@link #SAMPLE_MILLIS}.
     */
    private synchronized double postgresSeconds() {
        try (DirectoryStream<Path> processes = ProcStat.numbered(Path.of("/proc"))) {
            for (Path process : processes) {
                try {
                    String title = new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (!title.startsWith("postgres: ") || !title.contains(" " + database + " ")) {
                        continue;
                    }
                    ProcStat stat = ProcStat.of(process);
                    seen.merge(process.getFileName() + ":" + stat.startTime(), stat.cpuTicks(), Math::max);
                } catch (IOException | RuntimeException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return seen.values().stream().mapToLong(Long::longValue).sum() / ProcStat.TICKS;
    }
}

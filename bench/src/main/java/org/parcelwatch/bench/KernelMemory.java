package org.parcelwatch.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What this machine's kernel does with memory beside the bench. The virtual machines it runs on may keep a DAMON
 * monitor ({@code kdamond}) that samples physical memory and pages out cold page cache: it checks its regions every
 * sampling interval (500 ms seen here) in bursts of 20–90 ms that take CPU and the page tables of the processes it
 * looks into, and what it pages out is the database's files the operating system would otherwise keep cached, so that
 * PostgreSQL reads them from disk again beyond its own {@code shared_buffers}. Printed beside the figures it bears on:
 * the monitor's CPU during the paced reads, and the disk reads during the sweep; with them what its schemes paged out
 * and how often they reached their quota (its CPU time a second), which says whether the monitor was sampling or
 * reclaiming.
 */
final class KernelMemory {

    private static final Path DAMON = Path.of("/sys/kernel/mm/damon/admin/kdamonds");

    private KernelMemory() {
    }

    /**
     * A reading of the monitor's CPU, of its schemes' totals (bytes their action was applied to, times their quota was
     * reached; -1 where the kernel would not refresh them) and of the blocks read from disk so far.
     */
    record Reading(long monitorCpuMillis, long diskReadKb, long appliedBytes, long quotaReached) {

        static Reading now() {
            long[] schemes = schemeTotals();
            return new Reading(kdamondCpuMillis(), blocksReadKb(), schemes[0], schemes[1]);
        }

        /** The monitor's CPU and the disk reads since this reading, described. */
        String since() {
            Reading now = now();
            String schemes = appliedBytes < 0 || now.appliedBytes < 0 ? ""
                    : " (its schemes applied to %.0f MB, their quota reached %d times)"
                            .formatted((now.appliedBytes - appliedBytes) / 1048576.0, now.quotaReached - quotaReached);
            return "the kernel's memory monitor (kdamond) used %d ms of CPU%s, %.0f MB read from disk"
                    .formatted(now.monitorCpuMillis - monitorCpuMillis, schemes, (now.diskReadKb - diskReadKb) / 1024.0);
        }
    }

    /**
     * The running monitors' schemes summed: bytes applied to ({@code sz_applied}) and quota reached ({@code qt_exceeds}).
     * The kernel refreshes those files only when asked ({@code update_schemes_stats} written to the monitor's state);
     * {-1, -1} where it cannot be asked (no DAMON, or not root).
     */
    private static long[] schemeTotals() {
        long applied = 0;
        long exceeded = 0;
        try (DirectoryStream<Path> kdamonds = ProcStat.numbered(DAMON)) {
            for (Path kdamond : kdamonds) {
                if (!"on".equals(read(kdamond.resolve("state")))) {
                    continue;
                }
                Files.writeString(kdamond.resolve("state"), "update_schemes_stats");
                for (Path scheme : schemes(kdamond)) {
                    applied += Long.parseLong(read(scheme.resolve("stats/sz_applied")));
                    exceeded += Long.parseLong(read(scheme.resolve("stats/qt_exceeds")));
                }
            }
        } catch (IOException | RuntimeException unavailable) {
            return new long[] {-1, -1};
        }
        return new long[] {applied, exceeded};
    }

    private static List<Path> schemes(Path kdamond) throws IOException {
        List<Path> schemes = new ArrayList<>();
        try (DirectoryStream<Path> contexts = ProcStat.numbered(kdamond.resolve("contexts"))) {
            for (Path context : contexts) {
                schemes.addAll(schemesOf(context));
            }
        }
        return schemes;
    }

    private static List<Path> schemesOf(Path context) throws IOException {
        List<Path> schemes = new ArrayList<>();
        try (DirectoryStream<Path> found = ProcStat.numbered(context.resolve("schemes"))) {
            found.forEach(schemes::add);
        }
        return schemes;
    }

    /** The monitors that run (their operations, sampling interval and actions) and the page cache's size now. */
    static String describe() {
        List<String> monitors = new ArrayList<>();
        try (DirectoryStream<Path> kdamonds = ProcStat.numbered(DAMON)) {
            for (Path kdamond : kdamonds) {
                if (!"on".equals(read(kdamond.resolve("state")))) {
                    continue;
                }
                try (DirectoryStream<Path> contexts = ProcStat.numbered(kdamond.resolve("contexts"))) {
                    for (Path context : contexts) {
                        List<String> actions = new ArrayList<>();
                        for (Path scheme : schemesOf(context)) {
                            actions.add(read(scheme.resolve("action")) + quota(scheme));
                        }
                        long sampleMicros = Long.parseLong(read(context.resolve("monitoring_attrs/intervals/sample_us")));
                        monitors.add("kdamond.%s on %s, sampling every %d ms, %s".formatted(kdamond.getFileName(),
                                read(context.resolve("operations")), sampleMicros / 1000,
                                actions.isEmpty() ? "no action" : String.join(" and ", actions)));
                    }
                }
            }
        } catch (IOException | RuntimeException absent) {
            // no DAMON in this kernel, or not readable: none is described
        }
        return "DAMON memory monitors: %s; page cache %.0f MB".formatted(monitors.isEmpty() ? "none" : String.join(", ", monitors),
                meminfoKb("Cached:") / 1024.0);
    }

    /** A scheme's quota as "(at most 128 MB and 50 ms a 1000 ms)"; empty where it has none or it is unreadable. */
    private static String quota(Path scheme) {
        try {
            long bytes = Long.parseLong(read(scheme.resolve("quotas/bytes")));
            long millis = Long.parseLong(read(scheme.resolve("quotas/ms")));
            long interval = Long.parseLong(read(scheme.resolve("quotas/reset_interval_ms")));
            if (bytes == 0 && millis == 0) {
                return "";
            }
            return " (at most %s a %d ms)".formatted(bytes == 0 ? millis + " ms of CPU"
                    : millis == 0 ? bytes / 1048576 + " MB" : bytes / 1048576 + " MB and " + millis + " ms of CPU", interval);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static long kdamondCpuMillis() {
        long ticks = 0;
        try (DirectoryStream<Path> processes = ProcStat.numbered(Path.of("/proc"))) {
            for (Path process : processes) {
                try {
                    if (read(process.resolve("comm")).startsWith("kdamond")) {
                        ticks += ProcStat.of(process).cpuTicks();
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return Math.round(ticks * 1000 / ProcStat.TICKS);
    }

    /** Kilobytes read from block devices since boot ({@code pgpgin} of /proc/vmstat), all processes together. */
    private static long blocksReadKb() {
        try {
            return Files.readAllLines(Path.of("/proc/vmstat")).stream().filter(l -> l.startsWith("pgpgin "))
                    .mapToLong(l -> Long.parseLong(l.substring(7).trim())).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** A field of /proc/meminfo in kilobytes ({@code MemTotal:}, say); 0 when unreadable. */
    static long meminfoKb(String field) {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith(field))
                    .mapToLong(l -> Long.parseLong(l.substring(field.length()).replace("kB", "").trim())).findFirst().orElse(0);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file).trim();
    }
}

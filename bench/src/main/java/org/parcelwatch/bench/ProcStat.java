package org.parcelwatch.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** One process's or thread's line of {@code /proc/.../stat}: what the bench's meters read of it. */
final class ProcStat {

    /** Clock ticks per second of {@code /proc/.../stat} (USER_HZ; 100 on Linux). */
    static final double TICKS = 100.0;

    private final String[] fields;

    private ProcStat(String stat) {
        // the fields after the command name, which may itself hold spaces and parentheses
        this.fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /** The stat file of a process or thread directory ({@code /proc/[pid]} or {@code /proc/[pid]/task/[tid]}). */
    static ProcStat of(Path directory) throws IOException {
        return new ProcStat(Files.readString(directory.resolve("stat")));
    }

    /**
     * The entries of a directory named by a number alone: the processes of {@code /proc}, the threads of a task
     * directory, the monitors, contexts and schemes of the kernel's DAMON admin tree.
     */
    static DirectoryStream<Path> numbered(Path directory) throws IOException {
        return Files.newDirectoryStream(directory, p -> p.getFileName().toString().matches("\\d+"));
    }

    /** User and system time, in clock ticks. */
    long cpuTicks() {
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** When the process started, in clock ticks after boot: with the pid, it names one process. */
    String startTime() {
        return fields[19];
    }
}

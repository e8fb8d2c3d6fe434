package org.parcelwatch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The paced calls one by one (when each was due, wall clock, how long it took, and how late it was sent), written to a file when the
 * read client ends, so that the slowest can be set beside the server's GC log ({@code -Xlog:gc:file=...:time}):
 * a diagnostic, off unless {@code bench.read-trace} names a file.
 */
final class PacedTrace {

    private record Call(long dueEpochMicros, long sentMicros, long latencyMicros, boolean detail) {
    }

    private final Path file;
    private final long epochMicrosAtNano0;
    private final List<Call> calls = new ArrayList<>();

    PacedTrace(String file) {
        this.file = file == null || file.isBlank() ? null : Path.of(file);
        this.epochMicrosAtNano0 = System.currentTimeMillis() * 1_000 - System.nanoTime() / 1_000;
    }

    /** {@code sentNanos}: how long after it was due the call was sent (the client's own lateness). */
    void record(long dueNanos, long sentNanos, long latencyNanos, boolean detail) {
        if (file != null) {
            synchronized (calls) {
                calls.add(new Call(epochMicrosAtNano0 + dueNanos / 1_000, sentNanos / 1_000, latencyNanos / 1_000, detail));
            }
        }
    }

    void write() throws IOException {
        if (file == null) {
            return;
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file))) {
            synchronized (calls) {
                calls.sort(java.util.Comparator.comparingLong(Call::dueEpochMicros));
                for (Call call : calls) {
                    out.println(String.format(Locale.ROOT, "%d %d %s %d %d", call.dueEpochMicros(), call.latencyMicros(),
                            call.detail() ? "detail" : "ledger", call.sentMicros(), call.dueEpochMicros() - epochMicrosAtNano0));
                }
            }
        }
    }
}

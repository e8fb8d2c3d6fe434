package org.parcelwatch.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.api.application.export.ExportTable;
import org.parcelwatch.api.web.query.RegisterExports;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.projections.ledger.LedgerRow;

/**
 * The export benchmark of issue 16: the ledger download's own column definitions ({@link RegisterExports#LEDGER}) and
 * writers ({@link ExportFormat#XLSX}, {@link ExportFormat#CSV}) writing {@code bench.export-rows} ledger rows
 * (default 1,000,000) to a file, each format timed, with the heap's peak use while writing. The rows are generated
 * here, one at a time as the database cursor would hand them (synthetic: bulk-loading and projecting a million
 * parcels takes the main benchmark ten minutes, and the cursor's cost is the ledger read the read benchmark measures).
 * Run it with a small heap ({@code -Xmx256m}) to show that the writers do not hold the rows.
 */
public final class ExportBench {

    private static final long ROWS = Long.getLong("bench.export-rows", 1_000_000);

    private ExportBench() {
    }

    public static void main(String[] args) throws Exception {
        StringBuilder report = new StringBuilder();
        long maxHeap = Runtime.getRuntime().maxMemory();
        report.append(String.format(Locale.ROOT, "export benchmark: %,d ledger rows, %d columns, max heap %,d MB, JDK %s%n",
                ROWS, RegisterExports.LEDGER.columns().size(), maxHeap >> 20, System.getProperty("java.version")));
        // a first small run of each format compiles the writers' paths, as on a server that has exported before
        for (ExportFormat format : ExportFormat.values()) {
            write(format, RegisterExports.LEDGER, 20_000);
        }
        for (ExportFormat format : ExportFormat.values()) {
            Result result = write(format, RegisterExports.LEDGER, ROWS);
            report.append(String.format(Locale.ROOT,
                    "%-4s %,d rows in %.1f s = %,.0f rows/s (writing thread's CPU %.1f s = %,.0f rows/s), file %,d MB, peak heap used %,d MB%n",
                    format.extension(), ROWS, result.seconds, ROWS / result.seconds, result.cpuSeconds, ROWS / result.cpuSeconds,
                    result.bytes >> 20, result.peakHeap >> 20));
        }
        System.out.print(report);
        Path out = Path.of(System.getProperty("bench.results", "bench/results"), "export-latest.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** Wall time, and the CPU time of the writing thread (the steadier figure on a shared machine). */
    private record Result(double seconds, double cpuSeconds, long bytes, long peakHeap) {
    }

    private static Result write(ExportFormat format, ExportTable<LedgerRow> table, long rows) throws Exception {
        Path file = Files.createTempFile("export-bench", "." + format.extension());
        try {
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                format.writer().write(table, sink -> generate(rows, sink), out);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
            return new Result(seconds, cpu, Files.size(file), peak);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Ledger rows like the bench's synthetic county: every field filled, a few flags, dates spread over years. */
    private static void generate(long rows, Consumer<LedgerRow> sink) {
        LocalDate signed = LocalDate.of(2020, 1, 1);
        BigDecimal price = new BigDecimal("12345678.00");
        for (long i = 0; i < rows; i++) {
            String id = String.format(Locale.ROOT, "1305302024B%05d", i % 100_000) + (i / 100_000 == 0 ? "" : "-" + i / 100_000);
            LocalDate on = signed.plusDays(i % 1_800);
            BigDecimal paid = i % 3 == 0 ? price : price.divide(BigDecimal.valueOf(2));
            EnumSet<Flag> flags = i % 7 == 0 ? EnumSet.of(Flag.PAYMENT_OVERDUE, Flag.START_MISSED) : EnumSet.noneOf(Flag.class);
            sink.accept(new LedgerRow(id, "XH-CR-" + i, "130530105" + (i % 1000), "LISTING", "新河轴承厂二期项目 " + i,
                    "新河轴承有限公司", "91130530MA0CX0XU3B", "新河路东侧", "新河镇" + (i % 12), "130530", "0601", "工业用地",
                    new BigDecimal("26666.70"), price, paid, price.subtract(paid), Stage.values()[(int) (i % 4)], on,
                    on.plusMonths(2), on.plusMonths(2), on.plusMonths(8), i % 2 == 0 ? on.plusMonths(8) : null,
                    on.plusYears(2), null, null, flags, i % 2 == 0, false, on.plusMonths(1)));
        }
    }
}

package org.parcelwatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.api.ParcelwatchApplication;
import org.parcelwatch.api.application.sweep.SweepResult;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.projections.ProjectionAdmin;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.schedule.DueParcels;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The four benchmarks of issue 9 in one run against PostgreSQL on this machine, each figure printed
 * beside a baseline measured in the same process. Settings are system properties (see bench/README.md).
 *
 * <p>Longer than the house's ~350 lines on purpose: the four benchmarks share one application context, one
 * database and one CPU meter, and each reads as one method from set-up to printed figure; the reusable parts
 * (event rows, synthetic parcels, CPU meter, read client) are classes of their own.
 */
public final class Benchmarks {

    private static final String DB = System.getProperty("bench.database", "parcelwatch_bench");
    private static final String PG = System.getProperty("bench.postgres", "jdbc:postgresql://127.0.0.1:5432/");
    private static final long PARCELS = Long.getLong("bench.parcels", 1_000_000);
    private static final int SENDERS = Integer.getInteger("bench.senders", 8);
    private static final int COMMAND_SECONDS = Integer.getInteger("bench.command-seconds", 20);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warm-up-seconds", 15);
    private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    private static final int READ_SECONDS = Integer.getInteger("bench.read-seconds", 20);
    private static final int READ_WARM_UP_SECONDS = Integer.getInteger("bench.read-warm-up-seconds", 15);
    private static final double PACED_SHARE = Double.parseDouble(System.getProperty("bench.paced-share", "0.5"));
    private static final LocalDate SWEEP_DAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
    private static final int WARM_UP_SWEEP_DAYS_BEFORE = 21;
    private static final LocalDate WARM_UP_SWEEP_DAY = SWEEP_DAY.minusDays(WARM_UP_SWEEP_DAYS_BEFORE);
    private static final String USER = "bench";
    /**
     * Only the reads, on the database an earlier whole run left ({@code bench.parcels} as then), with the raw insert
     * they are compared with: the same reads of two builds measured one after the other on the same data, in minutes.
     */
    private static final boolean READS_ONLY = Boolean.getBoolean("bench.reads-only");
    /** The county of the raw rows a reads-only run inserts for its baseline: none of the whole run's parcels are of it. */
    private static final String READS_ONLY_RAW_COUNTY = "130539";
    /** How long the host's steadiness is measured, idle, at the start and before the reads. */
    private static final int STEADINESS_SECONDS = Integer.getInteger("bench.steadiness-seconds", 10);

    private static final List<String> PROJECTION_TABLES = List.of("parcel_file", "parcel_ledger", "parcel_flag",
            "installment_ledger", "monitoring_schedule", "notice", "breach_case", "idle_case");

    private final Map<String, String> results = new LinkedHashMap<>();
    /** The application's audit key, with which the bulk-loaded rows are sealed as the event store seals. */
    private AuditKey auditKey;
    private final CpuMeter cpu = new CpuMeter(DB);
    /** CPU (JVM and PostgreSQL) of one raw single-row insert transaction, measured by the command benchmark. */
    private double rawInsertCpuSeconds = Double.NaN;

    public static void main(String[] args) throws Exception {
        ParcelwatchApplication.disableAxonUpdateChecker();
        new Benchmarks().run();
        System.exit(0);
    }

    private void run() throws Exception {
        if (READS_ONLY) {
            readsOnly();
            print();
            return;
        }
        recreateDatabase();
        try (ConfigurableApplicationContext app = start()) {
            CommandGateway commands = app.getBean(CommandGateway.class);
            DataSource dataSource = app.getBean(DataSource.class);
            Serializer serializer = app.getBean("eventSerializer", Serializer.class);
            auditKey = app.getBean(AuditKeyring.class).sealing();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            ProjectionAdmin projections = app.getBean(ProjectionAdmin.class);
            machine(jdbc);

            commandThroughput(commands, dataSource, serializer);
            // The projections would chase the bulk load as it is written, only to be reset for the replay.
            ProjectionProcessing.GROUPS.forEach(group -> ProjectionProcessing.processor(app.getBean(
                    org.axonframework.config.Configuration.class), group).shutDown());
            long events;
            try (StoreFollower follower = new StoreFollower(app.getBean(EventStore.class))) {
                events = bulkLoad(dataSource, serializer, jdbc);
                // What autovacuum does within a minute of such a load, done now: where it is off (the CI machines'
                // PostgreSQL), the store reader's prepared tail query keeps the plan PostgreSQL cached while the table
                // was small, a scan of the whole table for every batch of 500 events (700 ms each at a million
                // parcels), until something analyses the table
                jdbc.execute("analyze domain_event_entry");
                follower.awaitPosition(jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class),
                        Duration.ofMinutes(10));
            }
            replay(app, projections, dataSource, events);
            vacuumRebuiltTables(jdbc);
            settleHeap();
            sweep(app, jdbc);
            settleHeap();
            reads(app, jdbc);
            diskPerMillionEvents(jdbc);
        }
        print();
    }

    // ---- 1. commands ------------------------------------------------------------------------------

    /**
     * A registration whose past (the payment before the due date) is sent next: in history mode it checks nothing at
     * once (issue 20), as before, so the measure stays comparable and the sweep benchmark finds the points it counts.
     */
    private static org.axonframework.commandhandling.CommandMessage<?> inHistory(Object registration) {
        return org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage(registration)
                .andMetaData(org.parcelwatch.monitoring.sweep.EnteringHistory.on());
    }

    private void commandThroughput(CommandGateway commands, DataSource dataSource, Serializer serializer) throws Exception {
        // The same work first on parcels of another district, unmeasured: the JIT compiles the command path in
        // the first seconds of the JVM, and that is not what a running service spends per command.
        // each of them with a reminder due on an earlier day than the measured parcels: the sweep's warm-up
        SyntheticParcels warmUp = new SyntheticParcels(SWEEP_DAY.minusDays(6), "130533", 1);
        AtomicLong warmUpNext = new AtomicLong();
        JitSettling settling = new JitSettling(Duration.ofSeconds(WARM_UP_SECONDS));
        perSecond(SENDERS, settling::warming, () -> {
            long i = warmUpNext.getAndIncrement();
            commands.sendAndWait(inHistory(warmUp.register(i)));
            commands.sendAndWait(warmUp.pay(i));
            return 2;
        });
        SyntheticParcels parcels = new SyntheticParcels(SWEEP_DAY, "130531");
        AtomicLong next = new AtomicLong();
        Statements commandStatements = Statements.startIfWanted(new JdbcTemplate(dataSource));
        CpuMeter.Reading commandCpuStart = cpu.read();
        long compileStart = JitSettling.cpuMillis();
        double commandRate = perSecond(SENDERS, COMMAND_SECONDS, () -> {
            long i = next.getAndIncrement();
            commands.sendAndWait(inHistory(parcels.register(i)));
            commands.sendAndWait(parcels.pay(i));
            return 2;
        });
        CpuMeter.Spent commandCpu = cpu.since(commandCpuStart);
        long commandCompiling = JitSettling.cpuMillis() - compileStart;
        if (commandStatements != null) {
            results.put("   commands' statements", commandStatements.perOperation(next.get() * 2, "command", 12));
        }
        RawInserts raw = rawInserts(dataSource, serializer, new SyntheticParcels(SWEEP_DAY, "130532"), 0, COMMAND_SECONDS);
        double rawRate = raw.rate();
        CpuMeter.Spent rowCpu = raw.cpu();
        results.put("1. commands (registration + payment) through the gateway, " + SENDERS + " senders, after a warm-up of "
                        + Math.round(settling.seconds()) + " s until the JIT had settled (its CPU while measured: "
                        + commandCompiling + " ms)",
                "%.0f commands/s; raw single-row insert transactions of the same event rows: %.0f rows/s; ratio %.2f (target >= 0.6); %s; raw: %s"
                        .formatted(commandRate, rawRate, commandRate / rawRate,
                                commandCpu.perOperation(next.get() * 2, "command"), rowCpu.perOperation(raw.rows(), "row")));
    }

    /** What the raw insert baseline measured: rows a second, their CPU, how many rows. */
    private record RawInserts(double rate, CpuMeter.Spent cpu, long rows) {
    }

    /**
     * The baseline of the commands and reads: {@link #SENDERS} threads inserting the event rows of a registration and a
     * payment (parcels {@code from} on of {@code parcels}), each row in a transaction of its own, for {@code seconds};
     * sets {@link #rawInsertCpuSeconds}. Both it and a command include the projections following the new events; CPU per
     * operation is steadier than the rates.
     */
    private RawInserts rawInserts(DataSource dataSource, Serializer serializer, SyntheticParcels parcels, long from,
                                  int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        return rawInserts(dataSource, serializer, parcels, from, () -> System.nanoTime() < until);
    }

    private RawInserts rawInserts(DataSource dataSource, Serializer serializer, SyntheticParcels parcels, long from,
                                  java.util.function.BooleanSupplier going) throws Exception {
        EventRows rows = new EventRows(serializer, auditKey);
        AtomicLong next = new AtomicLong(from);
        java.util.Queue<EventRows.Row> heads = new java.util.concurrent.ConcurrentLinkedQueue<>();
        CpuMeter.Reading cpuStart = cpu.read();
        double rate = perSecond(SENDERS, going, () -> {
            long i = next.getAndIncrement();
            List<EventRows.Row> chain = rows.chain(List.of(parcels.registered(i), parcels.paid(i)), Instant.now());
            for (EventRows.Row row : chain) {
                try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(EventRows.INSERT)) {
                    EventRows.bind(insert, row);
                    insert.executeUpdate();
                }
            }
            heads.add(chain.get(chain.size() - 1));
            return 2;
        });
        CpuMeter.Spent spent = cpu.since(cpuStart);
        long inserted = (next.get() - from) * 2;
        rawInsertCpuSeconds = spent.total() / inserted;
        // unmeasured: the raw parcels' checkpoints, which the event store would have written, so the sweep finds them
        try (Connection c = dataSource.getConnection()) {
            rows.insertCheckpoints(c, heads);
        }
        return new RawInserts(rate, spent, inserted);
    }

    // ---- reads only, on an earlier run's database -----------------------------------------------------------

    /**
     * The raw insert baseline and the reads of section 4 against the database an earlier whole run left: refused
     * (with what to run) where that database has no ledger of {@code bench.parcels} parcels. The baseline's rows are of
     * a county of their own, numbered on from those of an earlier reads-only run, after an unmeasured warm-up of the
     * same inserts.
     */
    private void readsOnly() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            DataSource dataSource = app.getBean(DataSource.class);
            Serializer serializer = app.getBean("eventSerializer", Serializer.class);
            auditKey = app.getBean(AuditKeyring.class).sealing();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            Long ledger = jdbc.queryForObject("select count(*) from parcel_ledger where district_code = '130530'", Long.class);
            if (ledger == null || ledger < PARCELS) {
                throw new IllegalStateException("bench.reads-only needs the database of a whole run of " + PARCELS
                        + " parcels; " + DB + " has " + ledger + " (run the bench without bench.reads-only first)");
            }
            machine(jdbc);
            SyntheticParcels raw = new SyntheticParcels(SWEEP_DAY, READS_ONLY_RAW_COUNTY);
            // two rows a parcel, counted in the store (its key's index), which the projections may not have reached
            Long earlier = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier >= ?"
                    + " and aggregate_identifier < ?", Long.class, READS_ONLY_RAW_COUNTY, READS_ONLY_RAW_COUNTY + "~");
            long from = earlier == null ? 0 : earlier / 2;
            // a service just started: its JIT compiles the projections that follow the rows, which the whole run had
            // compiled under the commands before its raw inserts, so the same inserts first until it has settled
            JitSettling settling = new JitSettling(Duration.ofSeconds(WARM_UP_SECONDS));
            from += rawInserts(dataSource, serializer, raw, from, settling::warming).rows() / 2;
            long compileStart = JitSettling.cpuMillis();
            RawInserts measured = rawInserts(dataSource, serializer, raw, from, COMMAND_SECONDS);
            results.put("1. (reads only, on the database of an earlier run) raw single-row insert transactions of event rows, "
                            + SENDERS + " threads, after " + Math.round(settling.seconds()) + " s of the same until the JIT had"
                            + " settled (its CPU while measured: " + (JitSettling.cpuMillis() - compileStart) + " ms)",
                    "%.0f rows/s; %s".formatted(measured.rate(), measured.cpu().perOperation(measured.rows(), "row")));
            settleHeap();
            reads(app, jdbc);
        }
    }

    // ---- bulk load ---------------------------------------------------------------------------------

    private long bulkLoad(DataSource dataSource, Serializer serializer, JdbcTemplate jdbc) throws Exception {
        SyntheticParcels parcels = new SyntheticParcels(SWEEP_DAY, "130530");
        EventRows rows = new EventRows(serializer, auditKey);
        Instant at = SWEEP_DAY.minusDays(35).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant();
        long started = System.nanoTime();
        int batch = 1_000;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> work = new ArrayList<>();
        for (long from = 0; from < PARCELS; from += batch) {
            long start = from;
            long end = Math.min(PARCELS, from + batch);
            work.add(pool.submit(() -> {
                List<EventRows.Row> chunk = new ArrayList<>();
                for (long i = start; i < end; i++) {
                    chunk.addAll(rows.chain(List.of(parcels.registered(i), parcels.paid(i)), at));
                }
                rows.insertBatch(dataSource, chunk);
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        Long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        results.put("   bulk load", "%d parcels, %d events written as the store writes them in %.0f s (%.0f events/s)"
                .formatted(PARCELS, events, seconds, events / seconds));
        return events;
    }

    // ---- 3. replay ---------------------------------------------------------------------------------

    private void replay(ConfigurableApplicationContext app, ProjectionAdmin projections, DataSource dataSource, long events)
            throws Exception {
        CpuMeter.Reading rawCpuStart = cpu.read();
        long rawStarted = System.nanoTime();
        long read = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(10_000);
                try (ResultSet rs = s.executeQuery("select global_index, payload, meta_data from domain_event_entry order by global_index")) {
                    while (rs.next()) {
                        rs.getBytes(2);
                        rs.getBytes(3);
                        read++;
                    }
                }
            }
        }
        double rawRate = read / ((System.nanoTime() - rawStarted) / 1e9);
        CpuMeter.Spent rawCpu = cpu.since(rawCpuStart);
        // Every projection rebuilt from the first event through the admin service the endpoint calls
        // (POST /api/v1/admin/projections/replay), all at once: those that can into shadow tables from one read of the
        // store, folded on parcelwatch.projections.rebuild.threads workers and switched in together at the end; any
        // other reset and replayed by its processor.
        org.parcelwatch.api.application.admin.ProjectionReplayCoordinator coordinator =
                app.getBean(org.parcelwatch.api.application.admin.ProjectionReplayCoordinator.class);
        CpuMeter.Reading cpuStart = cpu.read();
        long started = System.nanoTime();
        coordinator.replayAll(USER);
        awaitRebuilt(coordinator, Duration.ofHours(2));
        double seconds = (System.nanoTime() - started) / 1e9;
        CpuMeter.Spent spent = cpu.since(cpuStart);
        StringBuilder each = new StringBuilder();
        for (String group : ProjectionProcessing.GROUPS) {
            var figures = coordinator.progress(group).rebuild();
            each.append("; ").append(group).append(' ').append(figures == null || figures.finishedAt() == null ? "?"
                    : "%.0f s".formatted(java.time.Duration.between(figures.startedAt(), figures.finishedAt()).toMillis() / 1e3));
        }
        results.put("3. replay of all " + ProjectionProcessing.GROUPS.size() + " projections",
                ("%d events in %.0f s: %.0f events/s (target >= 20,000); raw JDBC read of the event table: %.0f events/s;"
                        + " ratio %.2f; %s (raw read: %s)%s").formatted(events, seconds, events / seconds, rawRate,
                        (events / seconds) / rawRate, spent.perOperation(events, "event"), rawCpu.perOperation(read, "event"),
                        each));
    }

    /** Until every projection's rebuild has ended (switched in, or reset and caught up) on this node and the cluster. */
    private static void awaitRebuilt(org.parcelwatch.api.application.admin.ProjectionReplayCoordinator coordinator,
                                     Duration patience) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        long nextReport = started + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            List<org.parcelwatch.api.application.admin.ProjectionReplayCoordinator.Progress> all = coordinator.all();
            for (var p : all) {
                if (p.rebuild() != null && p.rebuild().failure() != null) {
                    throw new IllegalStateException("rebuild of " + p.projection() + " failed: " + p.rebuild().failure());
                }
            }
            if (all.stream().allMatch(p -> "RESET".equals(p.replayState()) && p.caughtUp()
                    && p.rebuild() != null && p.rebuild().finishedAt() != null)) {
                return;
            }
            if (System.nanoTime() > nextReport) {
                nextReport += TimeUnit.SECONDS.toNanos(60);
                StringBuilder line = new StringBuilder("  rebuilding after %.0f s:".formatted((System.nanoTime() - started) / 1e9));
                all.forEach(p -> line.append(' ').append(p.projection()).append(' ')
                        .append(p.rebuild() == null ? "-" : p.rebuild().eventsDone() + "/" + p.rebuild().eventsTotal()));
                System.err.println(line);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("projections not rebuilt within " + patience);
    }

    /**
     * What autovacuum does a while after a bulk load and a rebuild, done now: statistics for the planner
     * (the event store's too: the sweep reads groups of streams by parcel id), and visibility maps so that
     * the sweep's schedule query is an index-only scan instead of a visit to every due row's heap page.
     * Timed, since an operator may run it by hand after a rebuild.
     */
    private void vacuumRebuiltTables(JdbcTemplate jdbc) {
        long started = System.nanoTime();
        jdbc.execute("analyze domain_event_entry");
        for (String table : PROJECTION_TABLES) {
            jdbc.execute("vacuum (analyze) " + table);
        }
        results.put("   after the rebuild", "analyze of the event store, vacuum (analyze) of the projection tables in %.0f s"
                .formatted((System.nanoTime() - started) / 1e9));
    }

    /**
     * A full collection between phases, as JMH does between iterations: the rebuild's folds and the sweep's commands
     * leave gigabytes of garbage in the old generation that G1 would otherwise reclaim in the next phase's young and
     * mixed pauses, so that phase would be measured paying for the previous one.
     */
    private static void settleHeap() {
        System.gc();
    }

    // ---- 2. sweep ----------------------------------------------------------------------------------

    private void sweep(ConfigurableApplicationContext app, JdbcTemplate jdbc) throws Exception {
        SweepService sweeps = app.getBean(SweepService.class);
        SweepResult earlier = sweepAnEarlierDay(app, sweeps);
        long started = System.nanoTime();
        long due = dueParcels(app, SWEEP_DAY).size();
        double findSeconds = (System.nanoTime() - started) / 1e9;
        Long total = jdbc.queryForObject("select count(*) from parcel_ledger", Long.class);
        TableReads tableReads = TableReads.from(jdbc);
        CpuMeter.Reading sweepCpuStart = cpu.read();
        long compileStart = JitSettling.cpuMillis();
        KernelMemory.Reading kernel = KernelMemory.Reading.now();
        Statements statements = Statements.startIfWanted(jdbc);
        SweepResult result = sweeps.sweepNow(SWEEP_DAY);
        String kernelWhileSweeping = kernel.since();
        CpuMeter.Spent sweepCpu = cpu.since(sweepCpuStart);
        long compiling = JitSettling.cpuMillis() - compileStart;
        double rate = result.parcelsChecked() / (result.durationMs() / 1000.0);
        String readByTable = tableReads.since(4);
        // read after that wait: the projections have followed the sweep's events by then
        String sweepStatements = statements == null ? null : statements.perOperation(result.parcelsChecked(), "parcel", 12);
        results.put("2. sweep of " + total + " parcels, " + due + " due ("
                        + String.format("%.1f", 100.0 * due / Math.max(1, total)) + "%)",
                ("JIT warm-up: the sweep of " + WARM_UP_SWEEP_DAY + ", not counted: %d parcels in %.1f s (%.0f/s); then finding the day's"
                        + " %d: %.3f s (target < 1 s); issuing and committing their commands: %d parcels in %.1f s"
                        + " = %.0f parcels/s (target >= 2,000), %s, of which the JIT's CPU %d ms; meanwhile %s; the database %s; fired %s")
                        .formatted(earlier.parcelsChecked(), earlier.durationMs() / 1000.0,
                                earlier.parcelsChecked() / Math.max(0.001, earlier.durationMs() / 1000.0),
                                due, findSeconds, result.parcelsChecked(), result.durationMs() / 1000.0, rate,
                                sweepCpu.perOperation(Math.max(1, result.parcelsChecked()), "parcel"), compiling,
                                kernelWhileSweeping, readByTable, result.countsPerRule()));
        if (sweepStatements != null) {
            results.put("   sweep's statements", sweepStatements);
        }
    }

    /**
     * A server that sweeps daily has compiled the sweep's path in the sweeps before; this JVM has never run it, and in
     * a first sweep the JIT compilers took a third of the CPU (bench/README.md). So an earlier day is swept first,
     * unmeasured, by the same service. Each of the command warm-up's parcels (district 130533) owes its second
     * installment 4 days after the sweep day, so its reminder (30 days ahead) is due from 26 days before the sweep day;
     * the measured parcels' reminders from 20 days before. A sweep {@value #WARM_UP_SWEEP_DAYS_BEFORE} days before finds
     * those warm-up parcels alone, and on the sweep day they are neither due again nor overdue. They are many (the
     * command warm-up lasts until the JIT has settled): a sweep of a tenth of them, at one million parcels, left the
     * JIT a third of the measured sweep's CPU. The projections then catch up, so that the measured sweep finds the
     * day's parcels alone.
     */
    private SweepResult sweepAnEarlierDay(ConfigurableApplicationContext app, SweepService sweeps) throws Exception {
        LocalDate dayBefore = WARM_UP_SWEEP_DAY;
        SweepResult result = sweeps.sweepNow(dayBefore);
        awaitCaughtUp(app.getBean(ProjectionAdmin.class), Duration.ofMinutes(5));
        // the tokens may report the head while the last batch commits: wait until the schedule has that day done
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!dueParcels(app, dayBefore).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the warm-up sweep's checks did not reach the monitoring schedule within a minute");
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return result;
    }

    /** The parcels due on a day, as the sweep reads them (keyset pages of the monitoring schedule). */
    private static List<String> dueParcels(ConfigurableApplicationContext app, LocalDate asOf) {
        List<String> due = new ArrayList<>();
        DueParcels.Pages pages = app.getBean(DueParcels.class).asOf(asOf, 1000);
        for (List<String> page = pages.next(); !page.isEmpty(); page = pages.next()) {
            due.addAll(page);
        }
        return due;
    }

    // ---- 4. reads ----------------------------------------------------------------------------------

    private void reads(ConfigurableApplicationContext app, JdbcTemplate jdbc) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        // what autovacuum would have done by now on a settled database after the bulk load: statistics, and the
        // visibility map that lets a ledger page and its count read the index alone
        for (String table : List.of("parcel_ledger", "parcel_flag", "parcel_file")) {
            jdbc.execute("vacuum analyze " + table);
        }
        HostSteadiness.Reading host = HostSteadiness.measure(STEADINESS_SECONDS);
        SyntheticParcels parcels = new SyntheticParcels(SWEEP_DAY, "130530");
        // the clients run in a JVM of their own (ReadClient): in this one they ate the server's two cores
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dbench.read-trace=" + System.getProperty("bench.read-trace", "")));
        // diagnostics for the client's own JVM (its GC log, say), space-separated
        String clientOptions = System.getProperty("bench.client-jvm-options", "").trim();
        if (!clientOptions.isEmpty()) {
            command.addAll(List.of(clientOptions.split("\\s+")));
        }
        command.addAll(List.of("-cp", classPath(),
                ReadClient.class.getName(), String.valueOf(port), USER + ":" + USER, String.valueOf(PARCELS),
                String.valueOf(CLIENTS), String.valueOf(READ_WARM_UP_SECONDS), String.valueOf(READ_SECONDS),
                SWEEP_DAY.toString(), String.valueOf(PACED_SHARE)));
        Process client = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String[] figures = null;
        String[] paced = null;
        String[] page = null;
        CpuMeter.Reading measuring = null;
        CpuMeter.Spent server = null;
        CpuMeter.Reading pageMeasuring = null;
        CpuMeter.Spent pageServer = null;
        // each saturated phase is measured once the server's JIT has settled under its load (JitSettling)
        JitSettling readSettling = new JitSettling(Duration.ZERO);
        JitSettling pageSettling = null;
        long[] compiling = new long[4];
        // the ledger pages answered from a kept rendering and read from the tables, as the service counts them
        var meters = app.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        java.util.function.ToDoubleFunction<String> ledgerPages = from -> meters.get("parcelwatch.ledger.pages")
                .tag("from", from).counter().count();
        double[] keptPages = new double[2];
        double[] readPages = new double[2];
        KernelMemory.Reading pacedKernel = null;
        String kernelWhilePaced = null;
        var toClient = new java.io.PrintStream(client.getOutputStream(), true, StandardCharsets.US_ASCII);
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(ReadClient.WARMED)) {
                    readSettling.await();
                    toClient.println(ReadClient.GO);
                } else if (line.equals(ReadClient.MEASURING)) {
                    measuring = cpu.read();
                    compiling[0] = JitSettling.cpuMillis();
                    keptPages[0] = ledgerPages.applyAsDouble("kept");
                    readPages[0] = ledgerPages.applyAsDouble("read");
                } else if (line.startsWith(ReadClient.RESULT + " ") && measuring != null) {
                    server = cpu.since(measuring);
                    compiling[1] = JitSettling.cpuMillis();
                    keptPages[1] = ledgerPages.applyAsDouble("kept");
                    readPages[1] = ledgerPages.applyAsDouble("read");
                    figures = line.substring(ReadClient.RESULT.length() + 1).split(" ");
                    pacedKernel = KernelMemory.Reading.now(); // the paced run starts now
                } else if (line.startsWith(ReadClient.PACED + " ") && pacedKernel != null) {
                    kernelWhilePaced = pacedKernel.since();
                    paced = line.substring(ReadClient.PACED.length() + 1).split(" ");
                    pageSettling = new JitSettling(Duration.ZERO);
                } else if (line.equals(ReadClient.PAGE_WARMED) && pageSettling != null) {
                    pageSettling.await();
                    toClient.println(ReadClient.GO);
                } else if (line.equals(ReadClient.PAGE_MEASURING)) {
                    pageMeasuring = cpu.read();
                    compiling[2] = JitSettling.cpuMillis();
                } else if (line.startsWith(ReadClient.PAGE + " ") && pageMeasuring != null) {
                    pageServer = cpu.since(pageMeasuring);
                    compiling[3] = JitSettling.cpuMillis();
                    page = line.substring(ReadClient.PAGE.length() + 1).split(" ");
                } else {
                    System.out.println(line);
                }
            }
        }
        if (client.waitFor() != 0 || figures == null || server == null || paced == null || page == null
                || pageServer == null) {
            throw new IllegalStateException("the read client failed (exit " + client.exitValue() + ")");
        }
        long calls = Long.parseLong(figures[0]) + Long.parseLong(figures[4]);
        // what a read costs the machine, the client's share included, against what one raw insert transaction costs
        double clientSeconds = Double.parseDouble(figures[9]);
        double perRequest = (server.total() + clientSeconds) / Math.max(1, calls);
        // baseline: the same detail row read straight from the database
        Latencies raw = new Latencies();
        for (int i = 0; i < 2_000; i++) {
            long t = System.nanoTime();
            jdbc.queryForObject("select state_json from parcel_file where parcel_id = ?", String.class,
                    parcels.id(ThreadLocalRandom.current().nextLong(PARCELS)));
            raw.add(System.nanoTime() - t);
        }
        results.put("4. reads, " + CLIENTS + " keep-alive clients on loopback (own JVM), " + READ_SECONDS + " s after "
                        + "a warm-up of " + Math.round(readSettling.seconds()) + " s, until the server's JIT had settled"
                        + " (its CPU while measured: " + (compiling[1] - compiling[0]) + " ms)",
                ("parcel detail p50 %s ms p99 %s ms p99.9 %s ms (%s calls); ledger page p50 %s ms p99 %s ms p99.9 %s ms"
                        + " (%s calls; %.0f answered from a rendering kept since the last projected event, %.0f read from the"
                        + " tables); %s requests/s (target >= 1,300); server %s; client JVM CPU %s s in all;"
                        + " CPU per request, server, database and client: %.0f µs (target <= 1,500), %.2f times that of one"
                        + " raw insert transaction (%.0f µs; target <= 1.2);"
                        + " baseline: one parcel_file row over JDBC p50 %.2f ms p99 %.2f ms")
                        .formatted(figures[1], figures[2], figures[3], figures[0], figures[5], figures[6], figures[7],
                                figures[4], keptPages[1] - keptPages[0], readPages[1] - readPages[0], figures[8],
                                server.perOperation(Math.max(1, calls), "request"), figures[9],
                                1e6 * perRequest, perRequest / rawInsertCpuSeconds, 1e6 * rawInsertCpuSeconds,
                                raw.percentileMs(50), raw.percentileMs(99)));
        results.put("   reads paced at " + Math.round(PACED_SHARE * 100) + "% of that rate",
                ("%s requests/s from the same %d clients, each call timed from when it was due: parcel detail p50 %s ms"
                        + " p99 %s ms p99.9 %s ms (%s calls); ledger page p50 %s ms p99 %s ms p99.9 %s ms (%s calls);"
                        + " target p99 < 25 ms")
                        .formatted(paced[0], CLIENTS, paced[2], paced[3], paced[4], paced[1], paced[6], paced[7], paced[8],
                                paced[5]) + "; meanwhile " + kernelWhilePaced + "; the host, idle just before the reads: "
                        + host.describe());
        long pages = Math.max(1, Long.parseLong(page[0]));
        double perPage = (pageServer.total() + Double.parseDouble(page[5])) / pages;
        results.put("   workbench parcel page (/parcels/{id}, HTML), the same clients logged in through the form, "
                        + READ_SECONDS + " s after a warm-up of " + Math.round(pageSettling.seconds()) + " s (the JIT's CPU while measured: "
                        + (compiling[3] - compiling[2]) + " ms)",
                ("p50 %s ms p99 %s ms p99.9 %s ms (%s pages); %s pages/s; server %s; client JVM CPU %s s in all;"
                        + " CPU per page, server, database and client: %.0f µs, %.2f times that of one raw insert transaction")
                        .formatted(page[1], page[2], page[3], page[0], page[4], pageServer.perOperation(pages, "page"),
                                page[5], 1e6 * perPage, perPage / rawInsertCpuSeconds));
    }

    /** The class path this JVM runs the bench with (exec:java loads it in a class loader of its own). */
    private static String classPath() {
        List<String> entries = new ArrayList<>();
        for (ClassLoader loader = Benchmarks.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof java.net.URLClassLoader urls) {
                for (java.net.URL url : urls.getURLs()) {
                    try {
                        entries.add(Path.of(url.toURI()).toString());
                    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                        // not a file: not for a child JVM's class path
                    }
                }
            }
        }
        entries.add(System.getProperty("java.class.path"));
        return String.join(java.io.File.pathSeparator, entries);
    }

    private void diskPerMillionEvents(JdbcTemplate jdbc) {
        Long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        Long eventBytes = jdbc.queryForObject("select pg_total_relation_size('domain_event_entry')", Long.class);
        Long projectionBytes = jdbc.queryForObject("select sum(pg_total_relation_size(t::regclass)) from unnest(?::text[]) as t",
                Long.class, (Object) PROJECTION_TABLES.toArray(String[]::new));
        Long parcels = jdbc.queryForObject("select count(*) from parcel_ledger", Long.class);
        results.put("   sizing", "event store %.0f MB per million events (%d events); projections %.0f MB per million parcels (%d parcels)"
                .formatted(eventBytes / 1e6 / (events / 1e6), events, projectionBytes / 1e6 / (parcels / 1e6), parcels));
    }

    // ---- plumbing ----------------------------------------------------------------------------------

    interface Work {
        int call() throws Exception;
    }

    /** Operations per second of {@code threads} threads repeating {@code work} for {@code seconds}. */
    private static double perSecond(int threads, int seconds, Work work) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        return perSecond(threads, () -> System.nanoTime() < until, work);
    }

    /** The work on {@code threads} threads while {@code going}; operations per second. */
    private static double perSecond(int threads, java.util.function.BooleanSupplier going, Work work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                while (going.getAsBoolean()) {
                    done.addAndGet(work.call());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    private static void awaitCaughtUp(ProjectionAdmin projections, Duration patience) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        long nextReport = started + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (ProjectionProcessing.GROUPS.stream().allMatch(g -> projections.progress(g).caughtUp())) {
                return;
            }
            if (System.nanoTime() > nextReport) {
                // a rebuild of millions of events takes minutes: say where each projection stands
                nextReport += TimeUnit.SECONDS.toNanos(60);
                StringBuilder line = new StringBuilder("  rebuilding after %.0f s:".formatted((System.nanoTime() - started) / 1e9));
                ProjectionProcessing.GROUPS.forEach(g -> line.append(' ').append(g).append(' ')
                        .append(projections.progress(g).position()));
                System.err.println(line);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("projections did not catch up within " + patience);
    }

    private void machine(JdbcTemplate jdbc) {
        Runtime rt = Runtime.getRuntime();
        String pg = jdbc.queryForObject("select version()", String.class);
        List<String> settings = jdbc.queryForList("select name || '=' || current_setting(name) from pg_settings where name in"
                + " ('shared_buffers', 'synchronous_commit', 'fsync', 'max_connections', 'work_mem', 'wal_level', 'autovacuum')"
                + " order by name", String.class);
        results.put("machine", "%d cores, %.1f GiB RAM (JVM max heap %.1f GiB), %s; %s; run %s".formatted(
                rt.availableProcessors(), totalMemoryGiB(), rt.maxMemory() / (1024.0 * 1024 * 1024), pg.split(",")[0],
                String.join(" ", settings), Instant.now()));
        results.put("host steadiness, idle", HostSteadiness.measure(STEADINESS_SECONDS).describe());
        results.put("the kernel's memory", KernelMemory.describe());
    }

    private static double totalMemoryGiB() {
        return KernelMemory.meminfoKb("MemTotal:") / (1024.0 * 1024);
    }

    private void print() throws IOException {
        StringBuilder out = new StringBuilder("\n== Parcelwatch benchmarks ==\n");
        results.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
        System.out.print(out);
        Path file = Path.of("bench", "results", "latest.txt");
        if (Files.isDirectory(Path.of("bench"))) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        }
    }

    private static void recreateDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
            try (Statement s = c.createStatement()) {
                s.execute("drop database if exists " + DB + " with (force)");
                s.execute("create database " + DB);
            }
        }
    }

    private static ConfigurableApplicationContext start() {
        String hash = new BCryptPasswordEncoder(4).encode(USER);
        return new SpringApplicationBuilder(ParcelwatchApplication.class)
                .profiles("postgres")
                .run("--spring.datasource.url=" + PG + DB,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--server.port=0",
                        "--parcelwatch.security.users[0].name=" + USER,
                        // cost 4: the benchmark measures the service, not bcrypt (see bench/README.md)
                        "--parcelwatch.security.users[0].password-hash=" + hash,
                        "--parcelwatch.security.users[0].roles=DESK,AUDITOR,ADMIN",
                        "--parcelwatch.seed.load-on-empty=false",
                        // the postgres profile needs an audit key; one of its own for each run's fresh database
                        "--parcelwatch.audit.key=" + randomAuditKey(),
                        "--logging.level.root=WARN");
    }

    private static String randomAuditKey() {
        byte[] secret = new byte[AuditKey.MIN_BYTES];
        new java.security.SecureRandom().nextBytes(secret);
        return java.util.Base64.getEncoder().encodeToString(secret);
    }
}

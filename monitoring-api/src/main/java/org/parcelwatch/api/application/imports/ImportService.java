package org.parcelwatch.api.application.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.clock.ClockService;
import org.parcelwatch.api.application.CommandFailure;
import org.parcelwatch.api.application.CommandFailures;
import org.parcelwatch.api.application.CommandRetry;
import org.parcelwatch.api.application.sweep.SweepResult;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Loads seed files through the normal commands (DESIGN §3: the command gateway, source {@code IMPORT} in the
 * metadata), in business-date order and interleaved with time, so that every rule fires on its own day as it
 * would have in real life:
 *
 * <ol>
 *   <li>the records' registrations and actions are sorted by their business day (then file, record, action);</li>
 *   <li>for each day on which something is dated or a rule of DESIGN §2 falls due for one of the imported parcels:
 *       the business clock is moved to that day (where it is adjustable and the day lies after today; days before
 *       today are entered as history, checked "as of" the day), the day's sweep is played for the imported parcels
 *       that are due, as the nightly sweep does at 01:30 ({@link CheckDuePoints} with the sweep's own metadata,
 *       source {@code SWEEP}), and then the day's registrations and actions are sent, as the desk, field officers
 *       and brigade would during the day;</li>
 *   <li>days on which nothing is dated or due are skipped: the import folds the events of its parcels as they are
 *       stored and asks the rules ({@link DueRule#nextDueOn}) for the next day one can act, the same answer the
 *       monitoring schedule gives, without waiting for the projection;</li>
 *   <li>at the end one ordinary sweep (the {@link SweepService}, as of the last day) catches up every other parcel
 *       of the database whose days the import passed over.</li>
 * </ol>
 *
 * A refused record or action is reported with the code the REST API would answer and does not stop the rest;
 * the actions of a record whose registration was refused are not sent. One import runs at a time per node.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** How long a day of the import waits for a sweep already running on this node (the nightly job). */
    private static final Duration NIGHTLY_SWEEP_PATIENCE = Duration.ofSeconds(30);

    private final CommandGateway commands;
    private final Validator validator;
    private final BusinessClock clock;
    private final ClockService clocks;
    private final SweepService sweeps;
    private final SupervisionSettings settings;
    private final JdbcTemplate jdbc;
    private final EventStorageEngine events;
    private final EventSchema eventSchema;
    private final ReentrantLock running = new ReentrantLock();

    public ImportService(CommandGateway commands, Validator validator, BusinessClock clock, ClockService clocks,
                         SweepService sweeps, SupervisionSettings settings, JdbcTemplate jdbc,
                         EventStorageEngine events, EventSchema eventSchema) {
        this.commands = commands;
        this.validator = validator;
        this.clock = clock;
        this.clocks = clocks;
        this.sweeps = sweeps;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.eventSchema = eventSchema;
    }

    /** Thrown when an import is already running on this node. */
    public static class ImportInProgressException extends RuntimeException {
        ImportInProgressException() {
            super("an import is already running on this node");
        }
    }

    /** Whether the event store holds no event at all (a fresh database). */
    public boolean storeIsEmpty() {
        Integer any = jdbc.query("select 1 from " + eventSchema.domainEventTable() + " fetch first 1 rows only",
                rs -> rs.next() ? 1 : null);
        return any == null;
    }

    public ImportReport run(List<SeedFile> files, ImportOptions options) {
        return run(files, options, entry -> { });
    }

    /**
     * Imports the files together: their records interleaved by business day.
     *
     * @param timeline receives each timeline entry as its day is done (the demo prints them)
     * @throws ImportInProgressException when another import is running on this node
     */
    public ImportReport run(List<SeedFile> files, ImportOptions options, Consumer<TimelineEntry> timeline) {
        if (!running.tryLock()) {
            throw new ImportInProgressException();
        }
        try {
            return new Run(files, options, timeline).execute();
        } finally {
            running.unlock();
        }
    }

    /** One step of the plan: a registration (action null) or an action of a record, on its business day. */
    private record Step(LocalDate day, int file, SeedRecord record, SeedAction action) {

        static final Comparator<Step> ORDER = Comparator.comparing(Step::day).thenComparingInt(Step::file)
                .thenComparingInt(s -> s.record().index())
                .thenComparingInt(s -> s.action() == null ? -1 : s.action().index());

        String name() {
            return action == null ? ImportRefusal.REGISTRATION : action.kind().jsonName();
        }

        Integer actionIndex() {
            return action == null ? null : action.index();
        }
    }

    /** The state of one import. */
    private final class Run {

        private final List<SeedFile> files;
        private final ImportOptions options;
        private final Consumer<TimelineEntry> sink;
        private final MetaData metaData;
        private final Map<String, String> countyByCode = new HashMap<>();
        private final List<ImportRefusal> refused = new ArrayList<>();
        private final List<ImportRefusal> skipped = new ArrayList<>();
        private final Set<SeedRecord> registered = new HashSet<>();
        private final Set<SeedRecord> dead = new HashSet<>();
        private final Map<String, Integer> notices = new TreeMap<>();
        private final List<String> lines = new ArrayList<>();
        private TrackingToken position;
        private int actionsApplied;
        private int days;
        private int sweepCount;
        private boolean clockMoved;
        /** The folded state of each parcel this import registered: which rule is due when. */
        private final Map<String, ParcelState> states = new HashMap<>();
        private final Set<String> ours = new HashSet<>();
        private int checks;
        private int sweptDays;

        Run(List<SeedFile> files, ImportOptions options, Consumer<TimelineEntry> sink) {
            this.files = List.copyOf(files);
            this.options = options;
            this.sink = sink;
            this.metaData = AuditMetadata.of(options.actor(), options.role(), AuditMetadata.Source.IMPORT);
            for (SeedFile file : files) {
                if (file.county() != null && file.county().districtCode() != null) {
                    countyByCode.put(file.county().districtCode(), shortName(file.county().name()));
                }
                refused.addAll(file.malformed());
            }
        }

        ImportReport execute() {
            long started = System.nanoTime();
            List<Step> plan = plan();
            LocalDate first = plan.isEmpty() ? null : plan.get(0).day();
            LocalDate last = lastDay(plan);
            position = events.createHeadToken();
            if (first != null && options.rewindClock() && clock.isAdjustable() && first.isBefore(today()) && storeIsEmpty()) {
                rewindTo(first);
            }
            LocalDate end = options.advanceClock() && clock.isAdjustable() ? last : min(last, today());
            LocalDate from = null;
            LocalDate to = null;
            LocalDate day = first;
            int next = 0;
            while (day != null && !day.isAfter(end)) {
                if (day.isAfter(today())) {
                    clocks.moveTo(day);
                    clockMoved = true;
                }
                from = from == null ? day : from;
                to = day;
                days++;
                playSweep(day);
                readEvents(day);
                while (next < plan.size() && !plan.get(next).day().isAfter(day)) {
                    apply(plan.get(next++), day);
                }
                readEvents(day);
                LocalDate nextPlanned = next < plan.size() ? plan.get(next).day() : null;
                day = min(nextPlanned, nextDueAfter(day));
            }
            if (options.advanceClock() && clock.isAdjustable() && end != null && end.isAfter(today())) {
                // rest on the last day of the period, where the story ends ("today" for the first screen)
                clocks.moveTo(end);
                clockMoved = true;
                to = end;
            }
            if (to != null && !registered.isEmpty()) {
                // the nightly sweep for the rest of the database, whose days the import passed over
                sweep(to);
                readEvents(to);
            }
            for (; next < plan.size(); next++) {
                Step step = plan.get(next);
                if (!dead.contains(step.record())) {
                    skipped.add(new ImportRefusal(step.record().file(), step.record().parcelId(), step.record().index(),
                            step.actionIndex(), step.name(), step.day(), "NOT_YET",
                            "dated after " + (end == null ? today() : end) + ", the last day imported"));
                }
            }
            long durationMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
            ImportReport report = new ImportReport(summaries(), records(), registered.size(), actionCount(), actionsApplied,
                    List.copyOf(refused), List.copyOf(skipped), from, to, today(), clockMoved, days, sweptDays, checks, sweepCount,
                    new LinkedHashMap<>(notices), durationMs, options.timeline() ? List.copyOf(lines) : null);
            log.info("import of {} by {}: {} of {} records accepted, {} actions applied, {} refused, {} skipped, "
                            + "{} days from {} to {}, {} days swept ({} checks), notices {}, {} ms",
                    files.stream().map(SeedFile::name).collect(Collectors.joining(", ")), options.actor(),
                    report.accepted(), report.records(), actionsApplied, refused.size(), skipped.size(), days, from, to,
                    sweptDays, checks, notices, durationMs);
            return report;
        }

        private List<Step> plan() {
            List<Step> plan = new ArrayList<>();
            for (int f = 0; f < files.size(); f++) {
                for (SeedRecord record : files.get(f).records()) {
                    plan.add(new Step(record.day(), f, record, null));
                    for (SeedAction action : record.actions()) {
                        // an action dated before its registration is entered right after it
                        LocalDate day = action.day().isBefore(record.day()) ? record.day() : action.day();
                        plan.add(new Step(day, f, record, action));
                    }
                }
            }
            plan.sort(Step.ORDER);
            return plan;
        }

        /** The end of the story: the files' periods, or their last dated step when that is later. */
        private LocalDate lastDay(List<Step> plan) {
            if (options.until() != null) {
                return options.until();
            }
            LocalDate last = plan.isEmpty() ? null : plan.get(plan.size() - 1).day();
            for (SeedFile file : files) {
                if (file.period() != null && file.period().to() != null && (last == null || file.period().to().isAfter(last))) {
                    last = file.period().to();
                }
            }
            return last;
        }

        private void rewindTo(LocalDate first) {
            try {
                clocks.moveTo(first);
                clockMoved = true;
                log.info("import starts the business clock at {}, the first day of its records", first);
            } catch (BusinessClock.MovesBackwardsException e) {
                log.warn("the business clock cannot go back to {} (today is {}): the days before today are entered "
                        + "as history, with sweeps as of each day; findings, referrals and extensions are dated today",
                        first, today());
            }
        }

        private void apply(Step step, LocalDate day) {
            SeedRecord record = step.record();
            if (dead.contains(record)) {
                return;
            }
            if (step.action() == null) {
                Object command = record.registration().toCommand();
                if (send(step, record.registration(), command, day)) {
                    registered.add(record);
                    ours.add(record.parcelId());
                } else {
                    dead.add(record);
                }
            } else if (send(step, step.action().request(), step.action().command(), day)) {
                actionsApplied++;
            }
        }

        /** Validates the request as the REST layer would, sends the command, and reports a refusal. */
        private boolean send(Step step, Object request, Object command, LocalDate day) {
            Set<ConstraintViolation<Object>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                refuse(step, day, "VALIDATION_FAILED", violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
                return false;
            }
            try {
                CommandRetry.standard().send("import of " + step.name(), () -> commands.sendAndWait(
                        new GenericCommandMessage<>(command, metaData)));
                return true;
            } catch (RuntimeException failure) {
                CommandFailure refusal = CommandFailure.of(failure);
                if (refusal.unexpected()) {
                    log.error("import: a command failed unexpectedly", failure);
                }
                refuse(step, day, refusal.code(), refusal.reason());
                return false;
            }
        }

        private void refuse(Step step, LocalDate day, String code, String reason) {
            SeedRecord record = step.record();
            refused.add(new ImportRefusal(record.file(), record.parcelId(), record.index(), step.actionIndex(), step.name(),
                    day, code, reason));
            log.debug("import: {} {} of record {} ({}) refused: {} {}", step.name(), step.actionIndex(), record.index(),
                    record.parcelId(), code, reason);
        }

        private void sweep(LocalDate day) {
            LocalDate asOf = day.equals(today()) ? null : day;
            try {
                // the nightly job may be running: ours follows it (both are idempotent)
                SweepResult result = sweeps.sweepWhenFree(asOf, NIGHTLY_SWEEP_PATIENCE);
                sweepCount++;
                if (result.failures() > 0) {
                    log.warn("import: the sweep as of {} failed on {} parcels: {}", day, result.failures(),
                            result.failedParcels());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the nightly sweep", e);
            }
        }

        /**
         * The night of {@code day}: every imported parcel with a rule due by then gets the sweep's command, with the
         * sweep's metadata, as the nightly sweep would have sent it.
         */
        private void playSweep(LocalDate day) {
            List<String> due = states.entrySet().stream()
                    .filter(e -> {
                        LocalDate next = DueRule.nextDueOn(e.getValue(), settings);
                        return next != null && !next.isAfter(day);
                    })
                    .map(Map.Entry::getKey).sorted().toList();
            if (!due.isEmpty()) {
                sweptDays++;
            }
            for (String parcelId : due) {
                try {
                    CommandRetry.standard().send("import check of " + parcelId, () -> commands.sendAndWait(
                            new GenericCommandMessage<>(new CheckDuePoints(parcelId, day), AuditMetadata.sweep())));
                    checks++;
                } catch (RuntimeException failure) {
                    log.warn("import: the check of {} as of {} failed: {}", parcelId, day,
                            CommandFailures.unwrap(failure).toString());
                }
            }
        }

        /** The next day a rule can act on an imported parcel, after {@code day}; null when none is pending. */
        private LocalDate nextDueAfter(LocalDate day) {
            LocalDate earliest = states.values().stream().map(state -> DueRule.nextDueOn(state, settings))
                    .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            if (earliest == null) {
                return null;
            }
            return earliest.isAfter(day) ? earliest : day.plusDays(1);
        }

        /** Reads what was stored since the last read: folds the imported parcels, counts notices, tells the timeline. */
        private void readEvents(LocalDate day) {
            List<TrackedEventMessage<?>> batch;
            try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(position, false)) {
                batch = stream.collect(Collectors.toList());
            }
            for (TrackedEventMessage<?> message : batch) {
                position = message.trackingToken();
                Object payload = message.getPayload();
                if (payload instanceof ParcelEvent event && ours.contains(event.parcelId())) {
                    states.computeIfAbsent(event.parcelId(), id -> new ParcelState()).apply(event);
                }
                if (payload instanceof NoticeIssued issued) {
                    notices.merge(issued.type().name(), 1, Integer::sum);
                }
                Object source = message.getMetaData().get(AuditMetadata.SOURCE);
                TimelineEntry entry = TimelineEntry.of(day, null, source == null ? null : source.toString(), payload);
                if (entry != null) {
                    entry = new TimelineEntry(entry.day(), county(entry.parcelId()), entry.parcelId(), entry.source(),
                            entry.what(), entry.detail());
                    if (options.timeline()) {
                        lines.add(entry.line());
                    }
                    sink.accept(entry);
                }
            }
        }

        private String county(String parcelId) {
            return parcelId == null || parcelId.length() < 6 ? "" : countyByCode.getOrDefault(parcelId.substring(0, 6), "");
        }

        private List<ImportReport.FileSummary> summaries() {
            List<ImportReport.FileSummary> summaries = new ArrayList<>();
            for (SeedFile file : files) {
                int accepted = (int) file.records().stream().filter(registered::contains).count();
                int refusedHere = (int) refused.stream().filter(r -> Objects.equals(r.file(), file.name())).count();
                summaries.add(new ImportReport.FileSummary(file.name(), file.county() == null ? null : file.county().name(),
                        file.county() == null ? null : file.county().districtCode(),
                        file.records().size() + (int) file.malformed().stream().filter(r -> r.actionIndex() == null).count(),
                        accepted, refusedHere));
            }
            return summaries;
        }

        private int records() {
            return summaries().stream().mapToInt(ImportReport.FileSummary::records).sum();
        }

        private int actionCount() {
            return files.stream().mapToInt(f -> f.records().stream().mapToInt(r -> r.actions().size()).sum()
                    + (int) f.malformed().stream().filter(r -> r.actionIndex() != null).count()).sum();
        }

        private LocalDate today() {
            return clock.today();
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    /** "Xinhe County" → "Xinhe". */
    static String shortName(String county) {
        if (county == null) {
            return "";
        }
        String name = county.replace(" County", "").trim();
        return name.length() > 8 ? name.substring(0, 8) : name;
    }

}

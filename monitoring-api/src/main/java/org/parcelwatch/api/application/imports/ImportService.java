package org.parcelwatch.api.application.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.clock.ClockService;
import org.parcelwatch.api.application.CommandFailure;
import org.parcelwatch.api.application.CommandRetry;
import org.parcelwatch.api.application.evidence.EvidenceRefusedException;
import org.parcelwatch.api.application.landuser.LandUserRecordCheck;
import org.parcelwatch.api.application.notice.IssuingBureaus;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.api.store.jdbc.ImportRunStore;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.EnteringHistory;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Loads seed files through the normal commands (DESIGN §3: the command gateway, source {@code IMPORT} in the
 * metadata), in business-date order and interleaved with time, so that every rule fires on its own day as it
 * would have in real life:
 *
 * <ol>
 *   <li>the photos of the files' evidence lists are stored through the evidence service, as uploads are;</li>
 *   <li>the records' registrations and actions are sorted by their business day (then file, record, action);</li>
 *   <li>for each day on which something is dated or a rule of DESIGN §2 falls due for one of the imported parcels:
 *       the business clock is moved to that day (where it is adjustable and the day lies after today; days before
 *       today are entered as history, checked "as of" the day), the day's sweep is played for the imported parcels
 *       that are due, as the nightly sweep does at 01:30 ({@link CheckDuePoints} with the sweep's own metadata,
 *       source {@code SWEEP}), on the first of a month the month's cross patrols and spot checks are drawn over the
 *       imported parcels with an officer (as the sweep of that day draws them, dated that day), and then the day's
 *       registrations and actions are sent, as the desk, field officers and brigade would during the day;</li>
 *   <li>days on which nothing is dated or due are skipped: the import folds the events of its parcels as they are
 *       stored and asks the rules ({@link DueRule#nextDueOn}) for the next day one can act, the same answer the
 *       monitoring schedule gives, without waiting for the projection;</li>
 *   <li>at the end one ordinary sweep (the {@link SweepService}, as of the last day) catches up every other parcel
 *       of the database whose days the import passed over.</li>
 * </ol>
 *
 * A refused record or action is reported with the code the REST API would answer ({@link CommandFailure}) and does
 * not stop the rest; the actions of a record whose registration was refused are not sent. One import runs at a time
 * per node.
 *
 * <p>An import is identified by its file's content (SHA-256, {@link SeedFile#contentHash()}), and importing the same
 * file again resumes it: an import cut off half way (a kill, a crash, a lost connection) is finished by running it
 * again, through the endpoint, the command line or the start-up loader alike. Each command carries its step
 * ({@link ImportPlan.Step#id()}) into its events, so the steps already applied are recognised from the store itself
 * and not sent again; the run log ({@link ImportRunStore}) keeps what events cannot tell: the steps refused and the
 * last day reached ({@link ImportProgress}). The resumed import ends with the events an uninterrupted one would have
 * stored, and its report names the records it resumed. Another file with a stored parcel is refused that parcel
 * ({@code DUPLICATE_PARCEL}), as before.
 *
 * <p>This class runs the story; its parts have their own: the {@link ImportPlan} orders the steps, the
 * {@link ImportClock} decides which days may be reached and moves time, the {@link ImportedParcels} fold the store
 * and say what is due when, the {@link ImportSweeps} play the nights, and the {@link ImportTimeline} tells it.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final CommandGateway commands;
    private final Validator validator;
    private final BusinessClock clock;
    private final ClockService clocks;
    private final ImportSweeps sweeps;
    private final SupervisionSettings settings;
    private final JdbcTemplate jdbc;
    private final EventStorageEngine events;
    private final EventSchema eventSchema;
    private final ImportRunStore runs;
    private final LandUserRecordCheck landUsers;
    private final IssuingBureaus bureaus;
    private final ImportPhotos photos;
    private final Duration progressEvery;
    private final ReentrantLock running = new ReentrantLock();

    public ImportService(CommandGateway commands, Validator validator, BusinessClock clock, ClockService clocks,
                         ImportSweeps sweeps, SupervisionSettings settings, JdbcTemplate jdbc,
                         EventStorageEngine events, EventSchema eventSchema, ImportRunStore runs,
                         LandUserRecordCheck landUsers, IssuingBureaus bureaus, ImportPhotos photos,
                         @Value("${parcelwatch.import.progress-every:5s}") Duration progressEvery) {
        this.commands = commands;
        this.validator = validator;
        this.clock = clock;
        this.clocks = clocks;
        this.sweeps = sweeps;
        this.settings = settings;
        this.jdbc = jdbc;
        this.events = events;
        this.eventSchema = eventSchema;
        this.runs = runs;
        this.landUsers = landUsers;
        this.bureaus = bureaus;
        this.photos = photos;
        this.progressEvery = progressEvery;
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

    /** Whether these files were imported together and the import was cut off before it finished. */
    public boolean unfinished(List<SeedFile> files) {
        return runs.find(ImportProgress.importId(files)).map(run -> !run.finished()).orElse(false);
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

    /** The state of one import. */
    private final class Run {

        private final List<SeedFile> files;
        private final String importId;
        private final ImportOptions options;
        private final MetaData metaData;
        private final ImportPlan plan;
        private final ImportClock time;
        private final ImportedParcels parcels;
        private final ImportTimeline timeline;
        private final List<ImportRefusal> refused = new ArrayList<>();
        private final List<ImportRefusal> skipped = new ArrayList<>();
        private final Set<SeedRecord> registered = new HashSet<>();
        private final Set<SeedRecord> dead = new HashSet<>();
        private final Map<SeedRecord, Integer> resumed = new LinkedHashMap<>();
        private ImportProgress progress = ImportProgress.none();
        private LocalDate reached;
        private int actionsApplied;
        private int actionsResumed;
        private int days;
        private int sweepCount;
        private int checks;
        private int sweptDays;
        private int patrolTasksDrawn;
        private int photosTakenIn;

        Run(List<SeedFile> files, ImportOptions options, Consumer<TimelineEntry> sink) {
            this.files = List.copyOf(files);
            this.importId = ImportProgress.importId(this.files);
            this.options = options;
            // an import enters the past: its registrations check nothing at once, its own nights play the sweep (issue 20)
            this.metaData = AuditMetadata.of(options.actor(), options.role(), AuditMetadata.Source.IMPORT)
                                         .mergedWith(EnteringHistory.on());
            this.plan = ImportPlan.of(this.files, options);
            this.time = new ImportClock(clock, clocks, options);
            this.parcels = new ImportedParcels(events, settings);
            this.timeline = new ImportTimeline(this.files, options.timeline(), sink);
            files.forEach(file -> file.malformed().forEach(refusal -> refused.add(file.locate(refusal))));
        }

        ImportReport execute() {
            long started = System.nanoTime();
            // the county's notices are signed by the bureau its file names, from the first notice the import issues
            files.stream().filter(file -> file.county() != null)
                 .forEach(file -> bureaus.record(file.county().districtCode(), file.county().bureau()));
            // what earlier runs of this import did: the events tell what they applied, the run log the rest
            Optional<ImportRunStore.Run> earlier = runs.find(importId);
            reached = earlier.map(ImportRunStore.Run::reachedDay).orElse(null);
            progress = ImportProgress.of(plan, new StoredImportSteps(events, jdbc, eventSchema).of(plan),
                    earlier.isPresent() ? runs.refusals(importId) : Map.of(), reached);
            runs.started(importId, files.stream().map(SeedFile::name).collect(Collectors.joining(", ")), options.actor());
            if (progress.resumes()) {
                log.info("import {} resumes: an earlier run reached {}", importId, progress.resumeDay());
            }
            takeInPhotos();
            time.startAt(plan.firstDay(), ImportService.this::storeIsEmpty);
            LocalDate end = time.lastReachable(plan.lastDay());
            LocalDate from = null;
            LocalDate to = null;
            LocalDate day = plan.firstDay();
            ImportHeartbeat heartbeat = new ImportHeartbeat(
                    files.stream().map(SeedFile::name).collect(Collectors.joining(", ")), progressEvery, System::nanoTime);
            while (day != null && !day.isAfter(end)) {
                heartbeat.beat(day, end, plan.taken(), plan.steps().size());
                time.reach(day);
                from = from == null ? day : from;
                to = day;
                days++;
                if (!progress.nightPlayed(day)) {
                    if (reached == null || day.isAfter(reached)) {
                        runs.reached(importId, day);
                        reached = day;
                    }
                    playNight(day);
                    read(day);
                    // the first of a month: its cross patrols and spot checks, as the sweep of that day draws them
                    patrolTasksDrawn += sweeps.drawMonth(day, parcels.drawCandidates());
                }
                read(day);
                for (ImportPlan.Step step : plan.takeUntil(day)) {
                    apply(step, day);
                }
                read(day);
                LocalDate next = ImportClock.min(plan.nextDay(), parcels.nextDueAfter(day));
                if (parcels.anyDrawCandidate()) {
                    // no first of a month is passed over while there are officers to draw patrols for
                    next = ImportClock.min(next, day.withDayOfMonth(1).plusMonths(1));
                }
                if (progress.nightPlayed(day.plusDays(1))) {
                    // the nights until the day the earlier runs reached were played: only the steps' days count
                    next = ImportClock.min(plan.nextDay(), progress.resumeDay());
                }
                day = next;
            }
            if (time.restAt(end)) {
                to = end;
            }
            if (to != null && !registered.isEmpty()) {
                // the nightly sweep for the rest of the database, whose days the import passed over
                sweeps.sweepAll(to, time.today());
                sweepCount++;
                read(to);
            }
            for (ImportPlan.Step step : plan.left()) {
                if (!dead.contains(step.record())) {
                    skipped.add(located(new ImportRefusal(step.record().file(), step.record().parcelId(),
                            step.record().index(), step.actionIndex(), step.name(), step.day(), "NOT_YET",
                            "dated after " + (end == null ? time.today() : end) + ", the last day imported")));
                }
            }
            runs.finished(importId);
            long durationMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
            List<ImportReport.ResumedRecord> resumedRecords = resumed.entrySet().stream()
                    .map(e -> new ImportReport.ResumedRecord(e.getKey().file(), e.getKey().parcelId(), e.getKey().index(),
                            e.getValue()))
                    .toList();
            ImportReport report = new ImportReport(summaries(), importId, records(), registered.size(), resumed.size(),
                    actionCount(), actionsApplied, actionsResumed, List.copyOf(refused), List.copyOf(skipped),
                    resumedRecords, from, to, time.today(), time.moved(), days, sweptDays, checks, sweepCount,
                    patrolTasksDrawn, photosTakenIn, timeline.notices(), durationMs, timeline.lines());
            log.info("import of {} by {}: {} of {} records accepted ({} resumed), {} actions applied ({} more resumed), "
                            + "{} refused, {} skipped, {} days from {} to {}, {} days swept ({} checks), notices {}, {} ms",
                    files.stream().map(SeedFile::name).collect(Collectors.joining(", ")), options.actor(),
                    report.accepted(), report.records(), resumed.size(), actionsApplied, actionsResumed, refused.size(),
                    skipped.size(), days, from, to, sweptDays, checks, report.noticesIssued(), durationMs);
            return report;
        }

        /** The files' photos, stored (or found stored) before any record names them; a refused one is reported. */
        private void takeInPhotos() {
            for (SeedFile file : files) {
                for (SeedFile.Photo photo : file.evidence()) {
                    ImportRefusal refusal = photos.takeIn(file, photo, options.actor());
                    if (refusal == null) {
                        photosTakenIn++;
                    } else {
                        refused.add(refusal);
                    }
                }
            }
        }

        /** The night of {@code day}: the imported parcels with a rule due by then are checked, as the sweep would. */
        private void playNight(LocalDate day) {
            List<String> due = parcels.dueBy(day);
            if (!due.isEmpty()) {
                sweptDays++;
            }
            checks += sweeps.playNight(day, due);
        }

        /** What was stored since the last read: folded into the imported parcels, told on the timeline. */
        private void read(LocalDate day) {
            timeline.tell(day, parcels.readNew());
        }

        private void apply(ImportPlan.Step step, LocalDate day) {
            SeedRecord record = step.record();
            if (dead.contains(record)) {
                return;
            }
            if (progress.applied(step)) {
                if (step.action() == null) {
                    registered.add(record);
                    parcels.resume(record.parcelId());
                    resumed.put(record, 0);
                } else {
                    actionsResumed++;
                    resumed.merge(record, 1, Integer::sum);
                }
                return;
            }
            ImportRefusal earlier = progress.refusal(step);
            if (earlier != null) {
                refused.add(located(earlier));
                if (step.action() == null) {
                    dead.add(record);
                }
                return;
            }
            if (step.action() == null) {
                // the land user's record as of this step: the import's own parcels as folded up to now
                read(day);
                Object command = landUsers.withOpenDefaults(record.registration().toCommand(), parcels.states());
                if (send(step, record.registration(), () -> command, day)) {
                    registered.add(record);
                    parcels.adopt(record.parcelId());
                } else {
                    dead.add(record);
                }
            } else if (send(step, step.action().request(), () -> photos.command(step.action(), record.parcelId()), day)) {
                actionsApplied++;
            }
        }

        /** Validates the request as the REST layer would, sends the command, and reports a refusal. */
        private boolean send(ImportPlan.Step step, Object request, Supplier<Object> command, LocalDate day) {
            Set<ConstraintViolation<Object>> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                refuse(step, day, "VALIDATION_FAILED", violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")),
                        true);
                return false;
            }
            try {
                Object resolved = command.get();
                CommandRetry.standard().send("import of " + step.name(), () -> commands.sendAndWait(
                        new GenericCommandMessage<>(resolved, metaData.and(AuditMetadata.IMPORT_STEP, step.id()))));
                return true;
            } catch (EvidenceRefusedException unknown) {
                // a photo named by a hash no evidence list or upload stored: refused as the endpoint refuses it
                refuse(step, day, unknown.reason().code(), unknown.getMessage(), true);
                return false;
            } catch (RuntimeException failure) {
                CommandFailure refusal = CommandFailure.of(failure);
                if (refusal.unexpected()) {
                    log.error("import: a command failed unexpectedly", failure);
                }
                refuse(step, day, refusal.code(), refusal.reason(), !refusal.retryMayChange());
                return false;
            }
        }

        /** Reports a refusal; a lasting one is logged, so that a resumed import reports it rather than try again. */
        private void refuse(ImportPlan.Step step, LocalDate day, String code, String reason, boolean lasting) {
            SeedRecord record = step.record();
            if (lasting) {
                runs.refused(importId, step.id(), day, code, reason);
            }
            refused.add(located(new ImportRefusal(record.file(), record.parcelId(), record.index(), step.actionIndex(),
                    step.name(), day, code, reason)));
            log.debug("import: {} {} of record {} ({}) refused: {} {}", step.name(), step.actionIndex(), record.index(),
                    record.parcelId(), code, reason);
        }

        /** The refusal with its place in its file (sheet, row and column of a workbook). */
        private ImportRefusal located(ImportRefusal refusal) {
            return files.stream().filter(file -> Objects.equals(file.name(), refusal.file())).findFirst()
                        .map(file -> file.locate(refusal)).orElse(refusal);
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
    }
}

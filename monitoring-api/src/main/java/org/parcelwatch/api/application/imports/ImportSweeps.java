package org.parcelwatch.api.application.imports;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.parcelwatch.api.application.CommandFailures;
import org.parcelwatch.api.application.CommandRetry;
import org.parcelwatch.api.application.patrol.MonthlyPatrolDraw;
import org.parcelwatch.api.application.sweep.SweepResult;
import org.parcelwatch.api.application.sweep.SweepService;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.patrol.CrossPatrolDraw;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The sweeps of an import. Each night of the story the import plays the nightly sweep itself for its own parcels
 * that are due: the {@link SweepService} reads the monitoring schedule, a projection that would lag behind a
 * day-by-day import, while the import knows from its own fold which parcels are due. The commands and metadata are
 * the sweep's, so history shows the rules firing as they would have. At the end one ordinary sweep catches up the
 * rest of the database, whose days the import passed over.
 */
@Component
class ImportSweeps {

    private static final Logger log = LoggerFactory.getLogger(ImportSweeps.class);
    /** How long the closing sweep waits for a sweep already running on this node (the nightly job). */
    private static final Duration NIGHTLY_SWEEP_PATIENCE = Duration.ofSeconds(30);

    private final CommandGateway commands;
    private final SweepService sweeps;
    private final MonthlyPatrolDraw patrolDraw;

    ImportSweeps(CommandGateway commands, SweepService sweeps, MonthlyPatrolDraw patrolDraw) {
        this.commands = commands;
        this.sweeps = sweeps;
        this.patrolDraw = patrolDraw;
    }

    /**
     * The draw of the month that begins on {@code day}, after the night's checks, as the sweep of the first of a month
     * makes it ({@link MonthlyPatrolDraw}): over the import's own parcels, dated on that day. A draw that fails is
     * logged; the import goes on, and an admin may draw the month again (POST /api/v1/admin/patrol-draws).
     *
     * @return the tasks assigned
     */
    int drawMonth(LocalDate day, List<CrossPatrolDraw.Candidate> candidates) {
        if (!MonthlyPatrolDraw.isDrawDay(day) || candidates.isEmpty()) {
            return 0;
        }
        try {
            MonthlyPatrolDraw.Result result = patrolDraw.draw(YearMonth.from(day), candidates, day);
            return result.crossPatrols() + result.spotChecks() - result.failures();
        } catch (RuntimeException failure) {
            log.warn("import: the patrol draw of {} failed: {}", day, CommandFailures.unwrap(failure).toString());
            return 0;
        }
    }

    /**
     * The night of {@code day} for the given parcels: each gets the sweep's {@link CheckDuePoints}, with the sweep's
     * metadata, as the nightly sweep would have sent it. A check that fails is logged and the others go on.
     *
     * @return the checks that went through
     */
    int playNight(LocalDate day, List<String> dueParcelIds) {
        int checks = 0;
        for (String parcelId : dueParcelIds) {
            try {
                CommandRetry.standard().send("import check of " + parcelId, () -> commands.sendAndWait(
                        new GenericCommandMessage<>(new CheckDuePoints(parcelId, day), AuditMetadata.sweep())));
                checks++;
            } catch (RuntimeException failure) {
                log.warn("import: the check of {} as of {} failed: {}", parcelId, day,
                        CommandFailures.unwrap(failure).toString());
            }
        }
        return checks;
    }

    /** The ordinary sweep as of {@code day} (today when it is today), after the nightly job if that is running. */
    void sweepAll(LocalDate day, LocalDate today) {
        LocalDate asOf = day.equals(today) ? null : day;
        try {
            // the nightly job may be running: ours follows it (both are idempotent)
            SweepResult result = sweeps.sweepWhenFree(asOf, NIGHTLY_SWEEP_PATIENCE);
            if (result.failures() > 0) {
                log.warn("import: the sweep as of {} failed on {} parcels: {}", day, result.failures(),
                        result.failedParcels());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the nightly sweep", e);
        }
    }
}

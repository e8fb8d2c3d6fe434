package org.parcelwatch.api.application.patrol;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.parcelwatch.api.application.CommandRetry;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.patrol.CrossPatrolDraw;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.projections.field.FieldWorkQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The month's cross patrols and spot checks (交叉巡查、不定期抽查, seed 002 五（三）): the draw of {@link CrossPatrolDraw}
 * over the open parcels with an officer, each drawn task sent to its parcel as an {@code AssignPatrolTask}, as the
 * sweep (the system, not a person). The sweep runs it on the first day of a month; an admin may run it for a month
 * again (a draw is reproducible from the seed and the parcels assign a task id once, so nothing is doubled).
 */
@Service
public class MonthlyPatrolDraw {

    private static final Logger log = LoggerFactory.getLogger(MonthlyPatrolDraw.class);

    private final CommandGateway commands;
    private final FieldWorkQueries fieldWork;
    private final SupervisionSettings settings;

    public MonthlyPatrolDraw(CommandGateway commands, FieldWorkQueries fieldWork,
                             SupervisionSettings settings) {
        this.commands = commands;
        this.fieldWork = fieldWork;
        this.settings = settings;
    }

    /** What a draw assigned: out of how many parcels, how many of each kind, and how many could not be sent. */
    public record Result(YearMonth month, int candidates, int crossPatrols, int spotChecks, int failures) {
    }

    /** The sweep draws on the first day of a month, after the day's checks: the month's draw, once. */
    public static boolean isDrawDay(LocalDate asOf) {
        return asOf.getDayOfMonth() == 1;
    }

    /** The month's draw today, over the open parcels with an officer as the field-work projection lists them. */
    public Result draw(YearMonth month) {
        return draw(month, fieldWork.drawCandidates(), null);
    }

    /**
     * The month's draw over the given parcels, made on {@code drawnOn} (null: today). An import of history draws each
     * month it passes with the parcels as its own fold has them on that day, fresher than the projection, and dates
     * the tasks on the first of that month, as the sweep would have drawn them.
     */
    public Result draw(YearMonth month, List<CrossPatrolDraw.Candidate> candidates, LocalDate drawnOn) {
        List<CrossPatrolDraw.Draw> draws = CrossPatrolDraw.draw(month, candidates, settings.patrol());
        int failures = 0;
        for (CrossPatrolDraw.Draw draw : draws) {
            try {
                CommandRetry.standard().send("patrol draw of " + draw.parcelId(), () -> commands.sendAndWait(
                        new GenericCommandMessage<>(draw.command(drawnOn), AuditMetadata.sweep())));
            } catch (RuntimeException e) {
                // a parcel closed since the projection read it, say: the others are still assigned
                log.warn("patrol draw {} for parcel {} failed: {}", month, draw.parcelId(), e.toString());
                failures++;
            }
        }
        Result result = new Result(month, candidates.size(),
                (int) draws.stream().filter(d -> d.kind() == PatrolTaskKind.CROSS).count(),
                (int) draws.stream().filter(d -> d.kind() == PatrolTaskKind.SPOT_CHECK).count(), failures);
        log.info("patrol draw {}: {}", month, result);
        return result;
    }
}

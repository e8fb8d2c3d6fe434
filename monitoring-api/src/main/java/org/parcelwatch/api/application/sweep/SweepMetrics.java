package org.parcelwatch.api.application.sweep;

import org.parcelwatch.api.application.metrics.NoticeMetrics;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.schedule.ScheduleRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sweep's meters, and the supervision gauges a dashboard shows next to them:
 * <ul>
 *   <li>{@code parcelwatch.sweep.fired{rule}}: how often each time rule fired (counter)</li>
 *   <li>{@code parcelwatch.sweep.parcels}, {@code parcelwatch.sweep.failures}: parcels checked, checks failed</li>
 *   <li>{@code parcelwatch.sweep.duration{trigger,outcome}}: one timing per run</li>
 *   <li>{@code parcelwatch.sweep.lag} (days): today minus the date of the latest completed sweep, on any node</li>
 *   <li>{@code parcelwatch.schedule.due}: parcels with a point due today that no sweep has handled yet</li>
 *   <li>{@code parcelwatch.parcels.flagged{flag}}: open parcels per flag (PAYMENT_OVERDUE, START_MISSED…)</li>
 *   <li>{@code parcelwatch.projection.lag{projection}}: events a projection stands behind the store, cluster-wide</li>
 * </ul>
 * Notices issued per type are counted by {@link NoticeMetrics}. Gauges read the database when scraped
 * (cheap indexed queries; the per-flag counts are cached for a few seconds) and show NaN when it cannot answer.
 */
@Component
public class SweepMetrics {

    private static final Logger log = LoggerFactory.getLogger(SweepMetrics.class);
    private static final Duration FLAG_CACHE = Duration.ofSeconds(10);

    private final MeterRegistry registry;
    private final Counter parcels;
    private final Counter failures;
    private final SweepRunLog runs;
    private final ScheduleRepository schedule;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private volatile Map<Flag, Long> flagCounts = Map.of();
    private volatile long flagCountsAt = Long.MIN_VALUE;

    public SweepMetrics(MeterRegistry registry, SweepRunLog runs, ScheduleRepository schedule, JdbcTemplate jdbc,
                        Clock clock, ClusterProjectionProgress progress) {
        this.registry = registry;
        this.runs = runs;
        this.schedule = schedule;
        this.jdbc = jdbc;
        this.clock = clock;
        this.parcels = Counter.builder("parcelwatch.sweep.parcels").description("Parcels checked by sweeps")
                              .register(registry);
        this.failures = Counter.builder("parcelwatch.sweep.failures")
                               .description("Parcel checks that failed in a sweep (retried by the next)").register(registry);
        DueRule.ALL.forEach(rule -> fired(rule.name()));
        Gauge.builder("parcelwatch.sweep.lag", this, m -> m.safely(m::lagDays))
             .description("Days between today and the date of the latest completed sweep").baseUnit("days")
             .strongReference(true).register(registry);
        Gauge.builder("parcelwatch.schedule.due", this, m -> m.safely(m::dueParcels))
             .description("Parcels with a rule due today that no sweep has handled yet").strongReference(true)
             .register(registry);
        for (Flag flag : Flag.values()) {
            Gauge.builder("parcelwatch.parcels.flagged", this, m -> m.safely(() -> m.flagged(flag)))
                 .description("Parcels with the flag open (PAYMENT_OVERDUE: overdue payments, START_MISSED…)")
                 .tag("flag", flag.name()).strongReference(true).register(registry);
        }
        for (String projection : ProjectionProcessing.GROUPS) {
            Gauge.builder("parcelwatch.projection.lag", progress,
                          p -> safely(() -> (double) p.standing(projection).behind()))
                 .description("Events the projection stands behind the event store, over all nodes' segments")
                 .tag("projection", projection).strongReference(true).register(registry);
        }
    }

    void record(SweepResult result) {
        result.countsPerRule().forEach((rule, count) -> {
            if (count > 0) {
                fired(rule).increment(count);
            }
        });
        parcels.increment(result.parcelsChecked());
        failures.increment(result.failures());
        Timer.builder("parcelwatch.sweep.duration").description("Sweep runs and how long they took")
             .tag("trigger", result.trigger().name()).tag("outcome", result.outcome().name())
             .register(registry).record(Duration.ofMillis(result.durationMs()));
    }

    private Counter fired(String rule) {
        return Counter.builder("parcelwatch.sweep.fired").description("Time rules fired by sweeps")
                      .tag("rule", rule).register(registry);
    }

    private double lagDays() {
        LocalDate today = LocalDate.now(clock);
        return runs.lastCompletedAsOf().map(last -> (double) ChronoUnit.DAYS.between(last, today)).orElse(Double.NaN);
    }

    private double dueParcels() {
        return schedule.countParcelsDueBy(LocalDate.now(clock));
    }

    private double flagged(Flag flag) {
        long now = System.nanoTime();
        if (now - flagCountsAt > FLAG_CACHE.toNanos() || flagCountsAt == Long.MIN_VALUE) {
            Map<Flag, Long> counts = new EnumMap<>(Flag.class);
            jdbc.query("select flag, count(*) from parcel_flag group by flag", rs -> {
                try {
                    counts.put(Flag.valueOf(rs.getString(1)), rs.getLong(2));
                } catch (IllegalArgumentException unknown) {
                    // a flag this version does not know: not exported
                }
            });
            flagCounts = counts;
            flagCountsAt = now;
        }
        return flagCounts.getOrDefault(flag, 0L);
    }

    private double safely(Supplier<Double> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            log.debug("gauge value not available", e);
            return Double.NaN;
        }
    }
}

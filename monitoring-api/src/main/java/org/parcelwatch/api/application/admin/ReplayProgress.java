package org.parcelwatch.api.application.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.ToDoubleFunction;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.stereotype.Component;

/**
 * How far the last rebuild of each projection started on this node has come: events done of the events to do, the
 * rate since it started, and the time left at that rate. The same figures are the gauge
 * {@code parcelwatch_projection_replay_progress{projection, figure}} (figure: events_done, events_total,
 * events_per_second, eta_seconds).
 */
@Component
public class ReplayProgress {

    /** A rebuild's figures; {@code etaSeconds} is null while no rate is known, 0 once done. */
    public record Figures(long eventsDone, long eventsTotal, double eventsPerSecond, Long etaSeconds, Instant startedAt,
                          Instant finishedAt, String failure) {
    }

    private final Clock clock = Clock.systemUTC(); // elapsed time, not the business clock (which a demo may move)
    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    public ReplayProgress(MeterRegistry registry) {
        for (String projection : ProjectionProcessing.GROUPS) {
            gauge(registry, projection, "events_done", f -> f.eventsDone());
            gauge(registry, projection, "events_total", f -> f.eventsTotal());
            gauge(registry, projection, "events_per_second", Figures::eventsPerSecond);
            gauge(registry, projection, "eta_seconds", f -> f.etaSeconds() == null ? Double.NaN : f.etaSeconds());
        }
    }

    private void gauge(MeterRegistry registry, String projection, String figure, ToDoubleFunction<Figures> value) {
        Gauge.builder("parcelwatch.projection.replay.progress", this, progress -> {
                    Figures figures = progress.figures(projection);
                    return figures == null ? Double.NaN : value.applyAsDouble(figures);
                })
                .description("The last rebuild of a projection started on this node: events done and to do, rate, seconds left")
                .tag("projection", projection).tag("figure", figure).register(registry);
    }

    /** A rebuild that counts its events itself. */
    Run start(String projection, long total) {
        Run run = new Run(clock.instant(), total, null);
        runs.put(projection, run);
        return run;
    }

    /** A rebuild whose events done are read from elsewhere (the processors' position); done once they reach the total. */
    Run start(String projection, long total, LongSupplier done) {
        Run run = new Run(clock.instant(), total, done);
        runs.put(projection, run);
        return run;
    }

    boolean running(String projection) {
        Run run = runs.get(projection);
        return run != null && run.figures().finishedAt() == null;
    }

    /** The figures of the last rebuild of {@code projection} on this node, null if none. */
    public Figures figures(String projection) {
        Run run = runs.get(projection);
        return run == null ? null : run.figures();
    }

    final class Run {

        private final Instant startedAt;
        private final AtomicLong total;
        private final AtomicLong done = new AtomicLong();
        private final LongSupplier doneElsewhere;
        private volatile Instant finishedAt;
        private volatile String failure;

        private Run(Instant startedAt, long total, LongSupplier doneElsewhere) {
            this.startedAt = startedAt;
            this.total = new AtomicLong(Math.max(0, total));
            this.doneElsewhere = doneElsewhere;
        }

        /** {@code events} more done; {@code more} of them were not counted in the total (events that came meanwhile). */
        void done(long events, long more) {
            total.addAndGet(more);
            done.addAndGet(events);
        }

        long total() {
            return total.get();
        }

        void finish() {
            finishedAt = clock.instant();
        }

        void fail(String cause) {
            failure = cause;
            finishedAt = clock.instant();
        }

        Figures figures() {
            long all = total.get();
            long doneNow = Math.min(all, doneElsewhere == null ? done.get() : Math.max(0, doneElsewhere.getAsLong()));
            if (doneElsewhere != null && finishedAt == null && doneNow >= all) {
                finishedAt = clock.instant();
            }
            Instant end = finishedAt == null ? clock.instant() : finishedAt;
            double seconds = Math.max(1e-3, Duration.between(startedAt, end).toNanos() / 1e9);
            double rate = doneNow / seconds;
            Long eta = finishedAt != null ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((all - doneNow) / rate)) : null;
            return new Figures(doneNow, all, rate, eta, startedAt, finishedAt, failure);
        }
    }
}

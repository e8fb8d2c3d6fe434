package org.parcelwatch.api.application.readiness;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.store.axon.ClusterProjectionProgress;
import org.parcelwatch.projections.ProjectionProcessing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether this node is ready for the desks: {@code OUT_OF_SERVICE} until the start-up work is done (the sample
 * county's first-start load, the demo, or a resumed import: everything run before the application counts as
 * started) and every projection has read the events that were stored at that moment. Until then the worklist and
 * the ledger answer for a business date that is still moving, or from tables still filling, so a load balancer
 * (the {@code readiness} group) and a person looking at {@code /actuator/health} must not take the node for ready.
 * Once ready it stays ready: a later lag is the projection lag metric's business, not a reason to take the node out.
 */
@Component("firstStart")
public class FirstStartReadiness implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(FirstStartReadiness.class);

    private final ClusterProjectionProgress progress;
    private final BusinessClock clock;
    private volatile Long headWhenStarted;
    private volatile boolean ready;

    public FirstStartReadiness(ClusterProjectionProgress progress, BusinessClock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    /** Published by Spring Boot after every start-up runner (the seed loader, the demo) has returned. */
    @EventListener(ApplicationReadyEvent.class)
    public void started() {
        headWhenStarted = progress.head();
        log.info("start-up work done (business date {}); ready once the projections have read the {} events stored",
                clock.today(), headWhenStarted + 1);
    }

    @Override
    public Health health() {
        if (ready) {
            return Health.up().build();
        }
        Long head = headWhenStarted;
        if (head == null) {
            return Health.outOfService().withDetail("phase", "STARTING")
                    .withDetail("businessDate", clock.today().toString()).build();
        }
        Map<String, Long> behind = new LinkedHashMap<>();
        for (String projection : ProjectionProcessing.GROUPS) {
            ClusterProjectionProgress.Standing standing = progress.standing(projection, head);
            if (head >= 0 && !standing.caughtUp()) {
                behind.put(projection, standing.segments() == 0 ? head + 1 : standing.behind());
            }
        }
        if (!behind.isEmpty()) {
            return Health.outOfService().withDetail("phase", "CATCHING_UP").withDetail("eventsBehind", behind).build();
        }
        ready = true;
        log.info("ready: the projections have caught up with the start-up work");
        return Health.up().build();
    }
}

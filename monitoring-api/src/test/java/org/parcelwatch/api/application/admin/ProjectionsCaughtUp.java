package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.awaitility.Awaitility;
import org.parcelwatch.projections.ProjectionProcessing;

/** Waits until projections have handled every stored event, across the cluster, as the coordinator sees it. */
final class ProjectionsCaughtUp {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private ProjectionsCaughtUp() {
    }

    /** Every projection, or every one but {@code except}. */
    static void await(ProjectionReplayCoordinator coordinator, String... except) {
        Set<String> skipped = Set.of(except);
        Awaitility.await().atMost(PATIENCE).untilAsserted(() -> ProjectionProcessing.GROUPS.stream()
                .filter(group -> !skipped.contains(group))
                .forEach(group -> assertThat(coordinator.progress(group).caughtUp())
                        .as(group + ": " + coordinator.progress(group)).isTrue()));
    }
}

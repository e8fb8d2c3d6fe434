package org.parcelwatch.api.web.admin;

import org.parcelwatch.api.application.admin.ProjectionReplayCoordinator;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Admin", description = "Sweeps, projection rebuilds and the demo clock (ADMIN)")
public class ProjectionAdminController {

    private final ProjectionReplayCoordinator coordinator;

    public ProjectionAdminController(ProjectionReplayCoordinator coordinator) {
        this.coordinator = coordinator;
    }

    @GetMapping
    @Operation(summary = "Every projection and how far it has caught up with the event store")
    public List<ProjectionReplayCoordinator.Progress> projections() {
        return coordinator.all();
    }

    @PostMapping("/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild every projection from the events",
            description = "On PostgreSQL every projection that can be is built into shadow tables of its own from ONE read "
                    + "of the event store (aggregates dealt out to parcelwatch.projections.rebuild.threads workers), while "
                    + "the live tables keep answering; all are switched in in one transaction (state BUILDING, then "
                    + "REQUESTED for the switch, then RESET, for each). The others are cleared and replayed by their "
                    + "processors. Returns at once with every projection's progress; GET /{name}/replay for each one's. "
                    + "409 REPLAY_RUNNING while a rebuild of any of them runs on this node.")
    public List<ProjectionReplayCoordinator.Progress> replayAll(Principal principal) {
        return coordinator.replayAll(principal == null ? "anonymous" : principal.getName());
    }

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a projection from the events",
            description = "On PostgreSQL a projection that can be (the parcel ledger, and each that implements the rebuild "
                    + "fold) is built into shadow tables from one read of the event store "
                    + "while the live tables keep answering, then switched in in one transaction (the nodes pause the "
                    + "projection for the last events and the switch only; state BUILDING, then REQUESTED, then RESET). An "
                    + "event whose rows the database refuses sets only its parcel aside, into the projection's dead letters "
                    + "as the processor would; a rebuild that fails otherwise leaves the live tables and its dead letters as "
                    + "they were. Other projections, and "
                    + "all on the embedded database, have their tables cleared and every event replayed into them, across "
                    + "nodes (the others pause that projection while its tokens are reset); their dead letters go with "
                    + "their tables. Returns at once; GET the same path for the progress (rebuild: events done and to do, "
                    + "events per second, seconds left). 409 REPLAY_RUNNING while a rebuild of it runs on this node. "
                    + "Names: parcel-ledger, notices, breach-register, idle-referrals, field-work.")
    public ProjectionReplayCoordinator.Progress replay(@PathVariable String name, Principal principal) {
        return coordinator.replay(name, principal == null ? "anonymous" : principal.getName());
    }

    @GetMapping("/{name}/replay")
    @Operation(summary = "Progress of a projection: position against the head of the event store, caught up or not, and "
            + "its last rebuild on this node: events done, rate, ETA")
    public ProjectionReplayCoordinator.Progress progress(@PathVariable String name) {
        return coordinator.progress(name);
    }
}

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

    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a projection from the events",
            description = "Clears the projection's tables and replays every event into them, on a running system and "
                    + "across nodes (the others pause that projection while its tokens are reset). Returns at once; GET "
                    + "the same path for the progress. Names: parcel-ledger, notices, breach-register, idle-referrals. "
                    + "The projection's dead letters go with its tables: every event is handled again, and one that still "
                    + "fails is dead-lettered again in its place.")
    public ProjectionReplayCoordinator.Progress replay(@PathVariable String name, Principal principal) {
        return coordinator.replay(name, principal == null ? "anonymous" : principal.getName());
    }

    @GetMapping("/{name}/replay")
    @Operation(summary = "Progress of a projection: position against the head of the event store, caught up or not")
    public ProjectionReplayCoordinator.Progress progress(@PathVariable String name) {
        return coordinator.progress(name);
    }
}

package org.parcelwatch.api.web.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.springframework.test.web.servlet.ResultActions;

/**
 * DESIGN §6.6 over HTTP: the desk assigns a land officer, the sweep gives them a task on the rule's day, a patrol
 * closes it, complaints become tasks, the month's draw gives cross patrols to officers of other townships, and the
 * indicators count tasks done on time. Each test works in a township of its own.
 */
class FieldWorkOverHttpTest extends FieldWorkHttpSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.parcelwatch.api.application.sweep.SweepService sweeps;

    private ResultActions assignOfficer(String user, String parcelId, String body) throws Exception {
        return mvc.perform(json(put("/api/v1/parcels/" + parcelId + "/officer"), body).with(as(user)));
    }

    private void sweep(String parcelId, String asOf) {
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse(asOf)), AuditMetadata.sweep());
    }

    @Test
    void theOfficerGetsTheBoardCheckTheDayAfterTheHandoverAndAPatrolClosesIt() throws Exception {
        String township = "Board town " + SampleParcels.nextParcelId();
        String id = registerIn(township);
        String other = registerIn(township);
        assignOfficer("patrol", id, "{\"officer\": \"patrol\"}").andExpect(status().isForbidden());
        expectProblem(assignOfficer("desk", id, "{\"officer\": \" \"}"), 400, "VALIDATION_FAILED");
        assignOfficer("desk", id, "{\"officer\": \"patrol\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value("AssignLandOfficer"));
        int events = eventCount(id);
        assignOfficer("desk", id, "{\"officer\": \"patrol\"}").andExpect(status().isOk());
        assertThat(eventCount(id)).as("the same officer again records nothing").isEqualTo(events);
        payInFullAndHandOver(id);

        sweep(id, "2024-04-01");
        awaitProjections();
        assertThat(read(allRows("patrol", "/api/v1/patrol-tasks?officer=patrol&date=2024-04-30"),
                "$[?(@.parcelId == '" + id + "')]")).isEmpty();
        getAs("desk", "/api/v1/parcels?officer=patrol&township=" + township)
                .andExpect(jsonPath("$.content[*].parcelId").value(contains(id)))
                .andExpect(jsonPath("$.content[0].officer").value("patrol"));
        getAs("desk", "/api/v1/worklist?date=2024-04-01")
                .andExpect(jsonPath("$.parcelsWithoutOfficer[*].parcelId").value(hasItem(other)))
                .andExpect(jsonPath("$.parcelsWithoutOfficer[*].parcelId").value(not(hasItem(id))));

        sweep(id, "2024-04-02");
        awaitProjections();
        String tasks = "/api/v1/patrol-tasks?officer=patrol&date=";
        String open = allRows("patrol", tasks + "2024-04-09&status=OPEN");
        assertThat(read(open, "$[?(@.parcelId == '" + id + "')].kind")).containsExactly("BOARD_CHECK");
        assertThat(read(open, "$[?(@.parcelId == '" + id + "')].doBy")).containsExactly("2024-04-09");
        assertThat(read(open, "$[?(@.parcelId == '" + id + "')].township")).containsExactly(township);
        assertThat(read(allRows("patrol", tasks + "2024-04-10&status=OVERDUE"), "$[?(@.parcelId == '" + id + "')].taskId"))
                .containsExactly("BOARD_CHECK");
        expectProblem(getAs("patrol", tasks + "2024-04-10&status=LATE"), 400, "MALFORMED_REQUEST");

        postAs("patrol", "/api/v1/parcels/" + id + "/patrols", """
                { "patrolledOn": "2024-04-05", "inspector": "patrol", "status": "NOT_STARTED", "infoBoardPosted": true }""")
                .andExpect(status().isOk());
        awaitProjections();
        String done = allRows("patrol", tasks + "2024-04-10");
        assertThat(read(done, "$[?(@.parcelId == '" + id + "')].status")).containsExactly("DONE");
        assertThat(read(done, "$[?(@.parcelId == '" + id + "')].doneOnTime")).containsExactly(true);
        getAs("desk", "/api/v1/indicators?year=2024&township=" + township)
                .andExpect(jsonPath("$.patrolCoverage.numerator").value(1))
                .andExpect(jsonPath("$.patrolCoverage.denominator").value(1))
                .andExpect(jsonPath("$.overduePatrolTasks").value(0));
    }

    @Test
    void aComplaintBecomesTheOfficersTaskAndItsOutcomeIsRecordedOnce() throws Exception {
        String township = "Complaint town " + SampleParcels.nextParcelId();
        String id = registerIn(township);
        assignOfficer("desk", id, "{\"officer\": \"patrol\"}").andExpect(status().isOk());
        String complaint = """
                { "parcelId": "%s", "source": "12336 hotline", "contact": "Mr Zhao", "content": "spoil dumped at night",
                  "address": "east gate" }""".formatted(id);
        postAs("patrol", "/api/v1/complaints", complaint).andExpect(status().isForbidden());
        String answer = postAs("desk", "/api/v1/complaints", complaint).andExpect(status().isOk())
                .andExpect(jsonPath("$.complaintId").value(id + "-TS1"))
                .andExpect(jsonPath("$.parcel").value("/api/v1/parcels/" + id))
                .andReturn().getResponse().getContentAsString();
        String complaintId = JsonPath.read(answer, "$.complaintId");
        awaitProjections();
        assertThat(read(allRows("patrol", "/api/v1/patrol-tasks?officer=patrol&status=OPEN"),
                "$[?(@.complaintId == '" + complaintId + "')].kind")).containsExactly("COMPLAINT");
        assertThat(read(allRows("desk", "/api/v1/complaints?status=OPEN"), "$[?(@.complaintId == '" + complaintId + "')].source"))
                .containsExactly("12336 hotline");

        String outcome = "{\"outcome\": \"spoil removed\", \"substantiated\": true}";
        postAs("patrol", "/api/v1/complaints/" + complaintId + "/outcome", outcome).andExpect(status().isOk());
        expectProblem(postAs("desk", "/api/v1/complaints/" + complaintId + "/outcome", outcome), 409, "ILLEGAL_STATE");
        expectProblem(postAs("desk", "/api/v1/complaints/" + id + "-TS9/outcome", outcome), 404, "COMPLAINT_NOT_FOUND");
        expectProblem(postAs("desk", "/api/v1/complaints/nonsense/outcome", outcome), 404, "COMPLAINT_NOT_FOUND");
        awaitProjections();
        assertThat(read(allRows("desk", "/api/v1/complaints?status=DECIDED"),
                "$[?(@.complaintId == '" + complaintId + "')].substantiated")).containsExactly(true);

        int events = eventCount(id);
        expectProblem(postAs("desk", "/api/v1/complaints", complaint.replace("spoil dumped at night", "")), 400,
                "VALIDATION_FAILED");
        expectProblem(postAs("desk", "/api/v1/complaints", complaint.replace(id, SampleParcels.nextParcelId())), 404,
                "PARCEL_NOT_FOUND");
        assertThat(eventCount(id)).isEqualTo(events);
    }

    @Test
    void theMonthsDrawGivesCrossPatrolsToOfficersOfOtherTownshipsOnce() throws Exception {
        String suffix = SampleParcels.nextParcelId();
        List<String> east = List.of(registerIn("East " + suffix), registerIn("East " + suffix));
        List<String> west = List.of(registerIn("West " + suffix), registerIn("West " + suffix));
        for (String id : east) {
            assignOfficer("desk", id, "{\"officer\": \"east-" + suffix + "\"}").andExpect(status().isOk());
        }
        for (String id : west) {
            assignOfficer("desk", id, "{\"officer\": \"west-" + suffix + "\"}").andExpect(status().isOk());
        }
        awaitProjections();
        postAs("desk", "/api/v1/admin/patrol-draws?month=2031-01", "").andExpect(status().isForbidden());
        String first = postAs("admin", "/api/v1/admin/patrol-draws?month=2031-01", "").andExpect(status().isOk())
                .andExpect(jsonPath("$.month").value("2031-01"))
                .andReturn().getResponse().getContentAsString();
        awaitProjections();
        String all = allRows("desk", "/api/v1/patrol-tasks?date=2031-01-31");
        List<String> eastTasksOfficers = JsonPath.read(all, "$[?(@.parcelId in " + quoted(east) + ")].officer");
        List<String> westTasksOfficers = JsonPath.read(all, "$[?(@.parcelId in " + quoted(west) + ")].officer");
        assertThat(eastTasksOfficers).doesNotContain("east-" + suffix);
        assertThat(westTasksOfficers).doesNotContain("west-" + suffix);
        int drawn = ((List<?>) JsonPath.read(all, "$[?(@.taskId in ['CROSS-2031-01', 'SPOT_CHECK-2031-01'])]")).size();
        assertThat(drawn).isEqualTo((int) JsonPath.read(first, "$.crossPatrols") + (int) JsonPath.read(first, "$.spotChecks"))
                .isPositive();

        postAs("admin", "/api/v1/admin/patrol-draws?month=2031-01", "").andExpect(status().isOk());
        awaitProjections();
        String again = allRows("desk", "/api/v1/patrol-tasks?date=2031-01-31");
        assertThat(((List<?>) JsonPath.read(again, "$[?(@.taskId in ['CROSS-2031-01', 'SPOT_CHECK-2031-01'])]")).size())
                .as("the same draw assigns nothing twice").isEqualTo(drawn);
        expectProblem(postAs("admin", "/api/v1/admin/patrol-draws?month=2031-13", ""), 400, "MALFORMED_REQUEST");
    }

    @Test
    void theSweepOfTheFirstDayOfAMonthDrawsThatMonthsPatrolsAndTheDayBeforeDoesNot() throws Exception {
        String suffix = SampleParcels.nextParcelId();
        for (String side : List.of("North", "South")) {
            String id = registerIn(side + " " + suffix);
            assignOfficer("desk", id, "{\"officer\": \"" + side + "-" + suffix + "\"}").andExpect(status().isOk());
        }
        awaitProjections();
        sweeps.sweepNow(LocalDate.parse("2026-10-31"));
        awaitProjections();
        assertThat(drawnTaskIds()).noneMatch(id -> id.endsWith("-2026-10") || id.endsWith("-2026-11"));
        sweeps.sweepNow(LocalDate.parse("2026-11-01"));
        awaitProjections();
        assertThat(drawnTaskIds()).anyMatch(id -> id.equals("CROSS-2026-11"))
                .noneMatch(id -> id.endsWith("-2026-10"));
    }

    private List<String> drawnTaskIds() throws Exception {
        String all = allRows("desk", "/api/v1/patrol-tasks?date=2026-11-30");
        return JsonPath.read(all, "$[?(@.kind in ['CROSS', 'SPOT_CHECK'])].taskId");
    }

    private static String quoted(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").toList().toString();
    }
}

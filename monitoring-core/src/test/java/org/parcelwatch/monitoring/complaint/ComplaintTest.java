package org.parcelwatch.monitoring.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.parcel.ParcelFixture.capture;
import static org.parcelwatch.monitoring.parcel.ParcelFixture.refused;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.parcel.RuleCode;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;

/** A complaint about an address on its own stream: received, assigned, decided; refusals record nothing. */
class ComplaintTest {

    private static final String ID = "TS-20240602-7K3QXM";
    private static final String TOWNSHIP = "桃源镇";
    private static final AddressComplaintRecorded RECORDED = new AddressComplaintRecorded(ID, "12336 热线", "赵先生",
            "夜间在路边倾倒渣土", "新河路东口", TOWNSHIP, d("2024-06-02"));
    private static final ComplaintTaskAssigned ASSIGNED = new ComplaintTaskAssigned(ID, "李明", d("2024-06-03"),
            d("2024-06-10"), d("2024-06-03"));

    private FixtureConfiguration<Complaint> fixture;

    @BeforeEach
    void createFixture() {
        fixture = fixtureOn("2024-06-03");
    }

    private static FixtureConfiguration<Complaint> fixtureOn(String today) {
        FixtureConfiguration<Complaint> f = new AggregateTestFixture<>(Complaint.class);
        f.registerInjectableResource(Clock.fixed(d(today).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai")));
        f.registerInjectableResource(SupervisionSettings.defaults());
        return f;
    }

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    @Test
    void aComplaintAboutAnAddressIsRecordedAndBecomesATaskForTheChosenOfficer() {
        List<EventMessage<?>> events = new ArrayList<>();
        fixture.givenNoPriorActivity()
                .when(new RecordAddressComplaint(ID, "12336 热线", "赵先生", "夜间在路边倾倒渣土", "新河路东口", " 桃源镇 ",
                        d("2024-06-02"), "李明"))
                .expectEvents(RECORDED, ASSIGNED)
                .expectEventsMatching(capture(events));
        // chained like a parcel's stream, over the complaint's id
        String first = EventHash.of(null, ID, 0, RECORDED);
        assertThat(events.get(0).getMetaData()).containsEntry(AuditMetadata.HASH, first)
                .containsEntry(AuditMetadata.PREVIOUS_HASH, EventHash.GENESIS);
        assertThat(events.get(1).getMetaData()).containsEntry(AuditMetadata.HASH, EventHash.of(first, ID, 1, ASSIGNED))
                .containsEntry(AuditMetadata.PREVIOUS_HASH, first);
    }

    @Test
    void withoutAnOfficerTheTaskIsUnassigned() {
        fixture.givenNoPriorActivity()
                .when(new RecordAddressComplaint(ID, "12336 热线", "赵先生", "夜间在路边倾倒渣土", "新河路东口", TOWNSHIP,
                        d("2024-06-02"), " "))
                .expectEvents(RECORDED, new ComplaintTaskAssigned(ID, null, d("2024-06-03"), d("2024-06-10"), d("2024-06-03")));
    }

    @Test
    void anAddressAndATownshipAreRequired() {
        fixture.givenNoPriorActivity()
                .when(new RecordAddressComplaint(ID, "12336 热线", null, "夜间倾倒渣土", " ", TOWNSHIP, null, null))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordAddressComplaint(ID, "12336 热线", null, "夜间倾倒渣土", "新河路东口", null, null, null))
                .expectException(refused(RuleCode.INVALID_INPUT));
    }

    @Test
    void aComplaintReceivedTomorrowIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordAddressComplaint(ID, "12336 热线", null, "夜间倾倒渣土", "新河路东口", TOWNSHIP,
                        d("2024-06-04"), null))
                .expectException(refused(RuleCode.INVALID_INPUT));
    }

    @Test
    void anIdThatIsNoComplaintNumberIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RecordAddressComplaint("1305302024B00017", "12336 热线", null, "夜间倾倒渣土", "新河路东口",
                        TOWNSHIP, null, null))
                .expectException(refused(RuleCode.INVALID_INPUT));
    }

    @Test
    void theDeskNamesAnotherOfficerTheTaskKeepsItsDays() {
        fixture = fixtureOn("2024-06-05");
        fixture.given(RECORDED, ASSIGNED)
                .when(new AssignComplaintOfficer(ID, "王芳"))
                .expectEvents(new ComplaintTaskAssigned(ID, "王芳", d("2024-06-03"), d("2024-06-10"), d("2024-06-05")))
                .expectState(c -> assertThat(c.officer()).isEqualTo("王芳"));
        fixture.given(RECORDED, ASSIGNED)
                .when(new AssignComplaintOfficer(ID, "李明"))
                .expectNoEvents();
    }

    @Test
    void theOutcomeOnTheTasksLastDayIsOnTime() {
        fixture = fixtureOn("2024-06-10");
        fixture.given(RECORDED, ASSIGNED)
                .when(new RecordAddressComplaintOutcome(ID, "属实，已责令清运", true, null))
                .expectEvents(new AddressComplaintOutcomeRecorded(ID, "属实，已责令清运", true, d("2024-06-10")),
                        new ComplaintTaskDone(ID, d("2024-06-10"), true));
    }

    @Test
    void theOutcomeTheDayAfterTheLastDayIsLate() {
        fixture = fixtureOn("2024-06-11");
        fixture.given(RECORDED, ASSIGNED)
                .when(new RecordAddressComplaintOutcome(ID, "不属实", false, d("2024-06-11")))
                .expectEvents(new AddressComplaintOutcomeRecorded(ID, "不属实", false, d("2024-06-11")),
                        new ComplaintTaskDone(ID, d("2024-06-11"), false));
    }

    @Test
    void theOutcomeIsRecordedOnceAndNotBeforeTheComplaint() {
        fixture.given(RECORDED, ASSIGNED, new AddressComplaintOutcomeRecorded(ID, "不属实", false, d("2024-06-03")),
                        new ComplaintTaskDone(ID, d("2024-06-03"), true))
                .when(new RecordAddressComplaintOutcome(ID, "属实", true, null))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
        fixture.given(RECORDED, ASSIGNED)
                .when(new RecordAddressComplaintOutcome(ID, "不属实", false, d("2024-06-01")))
                .expectException(refused(RuleCode.INVALID_INPUT));
        fixture.given(RECORDED, ASSIGNED)
                .when(new RecordAddressComplaintOutcome(ID, "不属实", null, null))
                .expectException(refused(RuleCode.INVALID_INPUT));
    }

    @Test
    void aDecidedComplaintTakesNoOtherOfficer() {
        fixture.given(RECORDED, ASSIGNED, new AddressComplaintOutcomeRecorded(ID, "不属实", false, d("2024-06-03")))
                .when(new AssignComplaintOfficer(ID, "王芳"))
                .expectException(refused(RuleCode.ILLEGAL_STATE));
    }
}

package org.parcelwatch.projections.field;

import javax.sql.DataSource;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.parcelwatch.monitoring.complaint.AddressComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.AddressComplaintRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintTaskAssigned;
import org.parcelwatch.monitoring.complaint.ComplaintTaskDone;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The field-work processing group (DESIGN §6.6): each parcel's land officer, every patrol task, the complaints.
 * Row by row: these events are few (a handful a parcel a month), unlike the notices a sweep issues by the thousand.
 * Every write is an update-else-insert keyed by the event's subject, so an event delivered twice writes the same row.
 * A complaint about an address has no parcel: its row names its township, and its task is keyed by
 * {@link #NO_PARCEL} and the complaint id.
 */
@Component
@ProcessingGroup(FieldWorkProjection.GROUP)
public class FieldWorkProjection {

    public static final String GROUP = "field-work";

    /** The parcel of an address complaint's task: none (the primary key takes no null); reads give null. */
    public static final String NO_PARCEL = "";

    private final JdbcTemplate jdbc;

    public FieldWorkProjection(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventHandler
    void on(LandOfficerAssigned e) {
        if (jdbc.update("update parcel_officer set officer = ?, township = ?, assigned_on = ? where parcel_id = ?",
                e.officer(), e.township(), e.assignedOn(), e.parcelId()) == 0) {
            jdbc.update("insert into parcel_officer (parcel_id, officer, township, assigned_on) values (?, ?, ?, ?)",
                    e.parcelId(), e.officer(), e.township(), e.assignedOn());
        }
    }

    /** A task again (same id) is the hand-over of an open task to a new officer. */
    @EventHandler
    void on(PatrolTaskAssigned e) {
        if (jdbc.update("update patrol_task set kind = ?, officer = ?, due_on = ?, do_by = ?, assigned_on = ?, complaint_id = ?"
                + " where parcel_id = ? and task_id = ?", e.kind().name(), e.officer(), e.dueOn(), e.doBy(), e.assignedOn(),
                e.complaintId(), e.parcelId(), e.taskId()) == 0) {
            jdbc.update("insert into patrol_task (parcel_id, task_id, kind, officer, due_on, do_by, assigned_on, complaint_id)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?)", e.parcelId(), e.taskId(), e.kind().name(), e.officer(), e.dueOn(),
                    e.doBy(), e.assignedOn(), e.complaintId());
        }
    }

    @EventHandler
    void on(PatrolTaskDone e) {
        jdbc.update("update patrol_task set done_on = ?, done_on_time = ? where parcel_id = ? and task_id = ?",
                e.doneOn(), e.onTime(), e.parcelId(), e.taskId());
    }

    @EventHandler
    void on(ComplaintRecorded e) {
        if (jdbc.update("update complaint set source = ? where complaint_id = ?", e.source(), e.complaintId()) == 0) {
            jdbc.update("insert into complaint (complaint_id, parcel_id, source, contact, content, address, received_on)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", e.complaintId(), e.parcelId(), e.source(), e.contact(), e.content(),
                    e.address(), e.receivedOn());
        }
    }

    @EventHandler
    void on(ComplaintOutcomeRecorded e) {
        jdbc.update("update complaint set outcome = ?, substantiated = ?, decided_on = ? where complaint_id = ?",
                e.outcome(), e.substantiated(), e.decidedOn(), e.complaintId());
    }

    @EventHandler
    void on(AddressComplaintRecorded e) {
        if (jdbc.update("update complaint set source = ? where complaint_id = ?", e.source(), e.complaintId()) == 0) {
            jdbc.update("insert into complaint (complaint_id, parcel_id, township, source, contact, content, address,"
                    + " received_on) values (?, null, ?, ?, ?, ?, ?, ?)", e.complaintId(), e.township(), e.source(),
                    e.contact(), e.content(), e.address(), e.receivedOn());
        }
    }

    /** Its task carries the township and address, which no parcel in the ledger gives it. */
    @EventHandler
    void on(ComplaintTaskAssigned e) {
        if (jdbc.update("update patrol_task set officer = ?, due_on = ?, do_by = ?, assigned_on = ?"
                + " where parcel_id = ? and task_id = ?", e.officer(), e.dueOn(), e.doBy(), e.assignedOn(), NO_PARCEL,
                e.complaintId()) == 0) {
            jdbc.update("insert into patrol_task (parcel_id, task_id, kind, officer, due_on, do_by, assigned_on, complaint_id,"
                    + " township, address) select ?, ?, ?, ?, ?, ?, ?, ?, c.township, c.address from complaint c"
                    + " where c.complaint_id = ?", NO_PARCEL, e.complaintId(), PatrolTaskKind.COMPLAINT.name(), e.officer(),
                    e.dueOn(), e.doBy(), e.assignedOn(), e.complaintId(), e.complaintId());
        }
    }

    @EventHandler
    void on(AddressComplaintOutcomeRecorded e) {
        jdbc.update("update complaint set outcome = ?, substantiated = ?, decided_on = ? where complaint_id = ?",
                e.outcome(), e.substantiated(), e.decidedOn(), e.complaintId());
    }

    @EventHandler
    void on(ComplaintTaskDone e) {
        jdbc.update("update patrol_task set done_on = ?, done_on_time = ? where parcel_id = ? and task_id = ?",
                e.doneOn(), e.onTime(), NO_PARCEL, e.complaintId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from patrol_task");
        jdbc.update("delete from parcel_officer");
        jdbc.update("delete from complaint");
    }
}

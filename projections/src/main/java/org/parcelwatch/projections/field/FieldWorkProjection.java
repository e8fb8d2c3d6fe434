package org.parcelwatch.projections.field;

import static org.parcelwatch.projections.field.FieldRows.columns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.parcelwatch.projections.EventRules;
import org.parcelwatch.projections.jdbc.InListChunks;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The field-work processing group (DESIGN §6.6): each parcel's land officer, every patrol task, the complaints.
 * Row by row: these events are few (a handful a parcel a month), unlike the notices a sweep issues by the thousand.
 * Every write is an update-else-insert keyed by the event's subject, so an event delivered twice writes the same row.
 * The rules ({@link #RULES}) change the tables here and a rebuild's rows in memory ({@link FieldWorkRebuild}).
 * A complaint about an address has no parcel: its row names its township, and its task is keyed by
 * {@link #NO_PARCEL} and the complaint id.
 */
@Component
@ProcessingGroup(FieldWorkProjection.GROUP)
public class FieldWorkProjection implements RebuildableProjection {

    public static final String GROUP = "field-work";

    /** The parcel of an address complaint's task: none (the primary key takes no null); reads give null. */
    public static final String NO_PARCEL = "";

    static final String OFFICER = "parcel_officer";
    static final String TASK = "patrol_task";
    static final String COMPLAINT = "complaint";

    /** What each event does to the rows. */
    static final EventRules<FieldRows> RULES = new EventRules<FieldRows>()
            .on(LandOfficerAssigned.class, (rows, e) -> rows.upsert(OFFICER, columns("parcel_id", e.parcelId()),
                    columns("officer", e.officer(), "township", e.township(), "assigned_on", e.assignedOn()), columns()))
            // a task again (same id) is the hand-over of an open task to a new officer
            .on(PatrolTaskAssigned.class, (rows, e) -> rows.upsert(TASK, columns("parcel_id", e.parcelId(), "task_id", e.taskId()),
                    columns("kind", e.kind().name(), "officer", e.officer(), "due_on", e.dueOn(), "do_by", e.doBy(),
                            "assigned_on", e.assignedOn(), "complaint_id", e.complaintId()), columns()))
            .on(PatrolTaskDone.class, (rows, e) -> rows.update(TASK, columns("parcel_id", e.parcelId(), "task_id", e.taskId()),
                    columns("done_on", e.doneOn(), "done_on_time", e.onTime())))
            .on(ComplaintRecorded.class, (rows, e) -> rows.upsert(COMPLAINT, columns("complaint_id", e.complaintId()),
                    columns("source", e.source()), columns("parcel_id", e.parcelId(), "contact", e.contact(),
                            "content", e.content(), "address", e.address(), "received_on", e.receivedOn())))
            .on(ComplaintOutcomeRecorded.class, (rows, e) -> rows.update(COMPLAINT, columns("complaint_id", e.complaintId()),
                    columns("outcome", e.outcome(), "substantiated", e.substantiated(), "decided_on", e.decidedOn())))
            .on(AddressComplaintRecorded.class, (rows, e) -> rows.upsert(COMPLAINT, columns("complaint_id", e.complaintId()),
                    columns("source", e.source()), columns("township", e.township(), "contact", e.contact(),
                            "content", e.content(), "address", e.address(), "received_on", e.receivedOn())))
            // its task carries the township and address, which no parcel in the ledger gives it
            .on(ComplaintTaskAssigned.class, (rows, e) -> {
                Map<String, Object> key = columns("parcel_id", NO_PARCEL, "task_id", e.complaintId());
                Map<String, Object> set = columns("officer", e.officer(), "due_on", e.dueOn(), "do_by", e.doBy(),
                        "assigned_on", e.assignedOn());
                if (!rows.update(TASK, key, set)) {
                    Map<String, Object> complaint = rows.read(COMPLAINT, columns("complaint_id", e.complaintId()),
                            List.of("township", "address"));
                    if (complaint != null) {
                        Map<String, Object> values = new LinkedHashMap<>(set);
                        values.putAll(columns("kind", PatrolTaskKind.COMPLAINT.name(), "complaint_id", e.complaintId()));
                        values.putAll(complaint);
                        rows.insert(TASK, key, values);
                    }
                }
            })
            .on(AddressComplaintOutcomeRecorded.class, (rows, e) -> rows.update(COMPLAINT, columns("complaint_id", e.complaintId()),
                    columns("outcome", e.outcome(), "substantiated", e.substantiated(), "decided_on", e.decidedOn())))
            .on(ComplaintTaskDone.class, (rows, e) -> rows.update(TASK, columns("parcel_id", NO_PARCEL, "task_id", e.complaintId()),
                    columns("done_on", e.doneOn(), "done_on_time", e.onTime())));

    private final JdbcTemplate jdbc;
    private final FieldRows stored;

    public FieldWorkProjection(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.stored = new StoredRows(jdbc);
    }

    @EventHandler
    void on(LandOfficerAssigned e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(PatrolTaskAssigned e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(PatrolTaskDone e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(ComplaintRecorded e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(ComplaintOutcomeRecorded e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(AddressComplaintRecorded e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(ComplaintTaskAssigned e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(AddressComplaintOutcomeRecorded e) {
        RULES.apply(stored, e);
    }

    @EventHandler
    void on(ComplaintTaskDone e) {
        RULES.apply(stored, e);
    }

    @ResetHandler
    void reset() {
        FieldWorkRebuild.TABLES.keySet().forEach(table -> jdbc.update("delete from " + table));
    }

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public List<String> tables() {
        return List.copyOf(FieldWorkRebuild.TABLES.keySet());
    }

    @Override
    public RebuildFold rebuildInto(DataSource target, RowInserts inserts, Histories histories) {
        return FieldWorkRebuild.into(target, inserts, histories);
    }

    /** The processor's rows: the tables, a statement per change. */
    private record StoredRows(JdbcTemplate jdbc) implements FieldRows {

        @Override
        public boolean update(String table, Map<String, Object> key, Map<String, Object> set) {
            List<Object> args = new ArrayList<>(set.values());
            args.addAll(key.values());
            return jdbc.update("update " + table + " set " + String.join(" = ?, ", set.keySet()) + " = ? where "
                    + String.join(" = ? and ", key.keySet()) + " = ?", args.toArray()) > 0;
        }

        @Override
        public void insert(String table, Map<String, Object> key, Map<String, Object> columns) {
            Map<String, Object> values = new LinkedHashMap<>(key);
            values.putAll(columns);
            jdbc.update("insert into " + table + " (" + String.join(", ", values.keySet()) + ") values ("
                    + InListChunks.marks(values.size()) + ")", values.values().toArray());
        }

        @Override
        public Map<String, Object> read(String table, Map<String, Object> key, List<String> columns) {
            List<Map<String, Object>> rows = jdbc.query("select " + String.join(", ", columns) + " from " + table + " where "
                    + String.join(" = ? and ", key.keySet()) + " = ?", (rs, n) -> {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (String column : columns) {
                            row.put(column, rs.getObject(column));
                        }
                        return row;
                    }, key.values().toArray());
            return rows.isEmpty() ? null : rows.get(0);
        }
    }
}

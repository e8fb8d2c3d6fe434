package org.parcelwatch.projections.field;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.parcelwatch.monitoring.patrol.CrossPatrolDraw;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads of the field-work projection: the patrol tasks of GET /patrol-tasks, the complaints, the parcels without an
 * officer (a worklist item) and the candidates of the monthly cross-patrol draw. A task's status is reckoned on the
 * day asked about, not stored: OVERDUE is open past its last day, which no event marks.
 */
@Service
public class FieldWorkQueries {

    /** Closed parcels (terminated, recovered) are patrolled no more. */
    private static final String OPEN_PARCEL = "(l.stage is null or l.stage not in ('TERMINATED', 'RECOVERED'))";

    private final JdbcTemplate jdbc;

    public FieldWorkQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * The tasks due on or before {@code date}, of one officer or all ({@code officer} null), of one status or all,
     * earliest last day first.
     */
    public List<PatrolTaskRow> patrolTasks(String officer, LocalDate date, PatrolTask.Status status) {
        StringBuilder sql = new StringBuilder("select t.parcel_id, l.project_name, l.township, t.task_id, t.kind, t.officer,"
                + " t.due_on, t.do_by, t.done_on, t.done_on_time, t.complaint_id from patrol_task t"
                + " left join parcel_ledger l on l.parcel_id = t.parcel_id where t.due_on <= ?");
        List<Object> args = new ArrayList<>(List.of(date));
        if (officer != null) {
            sql.append(" and t.officer = ?");
            args.add(officer);
        }
        if (status != null) {
            sql.append(switch (status) {
                case DONE -> " and t.done_on is not null";
                case OPEN -> " and t.done_on is null and t.do_by >= ?";
                case OVERDUE -> " and t.done_on is null and t.do_by < ?";
            });
            if (status != PatrolTask.Status.DONE) {
                args.add(date);
            }
        }
        sql.append(" order by t.do_by, t.parcel_id, t.task_id");
        return jdbc.query(sql.toString(), (rs, i) -> task(rs, date), args.toArray());
    }

    private static PatrolTaskRow task(ResultSet rs, LocalDate date) throws SQLException {
        LocalDate doBy = rs.getObject(8, LocalDate.class);
        LocalDate doneOn = rs.getObject(9, LocalDate.class);
        PatrolTask.Status status = doneOn != null ? PatrolTask.Status.DONE
                : date.isAfter(doBy) ? PatrolTask.Status.OVERDUE : PatrolTask.Status.OPEN;
        return new PatrolTaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                PatrolTaskKind.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class), doBy, doneOn,
                (Boolean) rs.getObject(10), rs.getString(11), status);
    }

    public List<ComplaintRow> complaints(ComplaintRow.Status status) {
        String where = status == null ? "" : status == ComplaintRow.Status.OPEN ? " where c.decided_on is null"
                : " where c.decided_on is not null";
        return jdbc.query(COMPLAINTS + where + " order by c.received_on, c.complaint_id", (rs, i) -> complaint(rs));
    }

    public Optional<ComplaintRow> complaint(String complaintId) {
        return jdbc.query(COMPLAINTS + " where c.complaint_id = ?", (rs, i) -> complaint(rs), complaintId).stream().findFirst();
    }

    private static final String COMPLAINTS = "select c.complaint_id, c.parcel_id, l.project_name, c.source, c.contact,"
            + " c.content, c.address, c.received_on, c.outcome, c.substantiated, c.decided_on from complaint c"
            + " left join parcel_ledger l on l.parcel_id = c.parcel_id";

    private static ComplaintRow complaint(ResultSet rs) throws SQLException {
        LocalDate decidedOn = rs.getObject(11, LocalDate.class);
        return new ComplaintRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                (Boolean) rs.getObject(10), decidedOn, decidedOn == null ? ComplaintRow.Status.OPEN : ComplaintRow.Status.DECIDED);
    }

    public Optional<String> officerOf(String parcelId) {
        return jdbc.queryForList("select officer from parcel_officer where parcel_id = ?", String.class, parcelId)
                .stream().findFirst();
    }

    /** The open parcels with an officer, each with its township: what the monthly draw chooses from. */
    public List<CrossPatrolDraw.Candidate> drawCandidates() {
        return jdbc.query("select o.parcel_id, coalesce(l.township, o.township), o.officer from parcel_officer o"
                        + " left join parcel_ledger l on l.parcel_id = o.parcel_id where " + OPEN_PARCEL + " order by o.parcel_id",
                (rs, i) -> new CrossPatrolDraw.Candidate(rs.getString(1), rs.getString(2), rs.getString(3)));
    }

    /** An open parcel nobody patrols yet: the desk's worklist item. */
    public record Unassigned(String parcelId, String projectName, String township, String stage) {
    }

    public List<Unassigned> parcelsWithoutOfficer() {
        return jdbc.query("select l.parcel_id, l.project_name, l.township, l.stage from parcel_ledger l"
                        + " where " + OPEN_PARCEL + " and not exists (select 1 from parcel_officer o where o.parcel_id = l.parcel_id)"
                        + " order by l.township, l.parcel_id",
                (rs, i) -> new Unassigned(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }
}

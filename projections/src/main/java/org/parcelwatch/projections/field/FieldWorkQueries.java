package org.parcelwatch.projections.field;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.parcelwatch.monitoring.patrol.CrossPatrolDraw;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
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
        return patrolTasks(officer, date, status, Pageable.unpaged()).getContent();
    }

    /** One page of {@link #patrolTasks(String, LocalDate, PatrolTask.Status)}. */
    public Page<PatrolTaskRow> patrolTasks(String officer, LocalDate date, PatrolTask.Status status, Pageable page) {
        StringBuilder where = new StringBuilder(" where t.due_on <= ?");
        List<Object> args = new ArrayList<>(List.of(date));
        if (officer != null) {
            where.append(" and t.officer = ?");
            args.add(officer);
        }
        if (status != null) {
            where.append(switch (status) {
                case DONE -> " and t.done_on is not null";
                case OPEN -> " and t.done_on is null and t.do_by >= ?";
                case OVERDUE -> " and t.done_on is null and t.do_by < ?";
            });
            if (status != PatrolTask.Status.DONE) {
                args.add(date);
            }
        }
        return paged("select t.parcel_id, l.project_name, coalesce(l.township, t.township), t.task_id, t.kind, t.officer,"
                        + " t.due_on, t.do_by, t.done_on, t.done_on_time, t.complaint_id, t.address from patrol_task t"
                        + " left join parcel_ledger l on l.parcel_id = t.parcel_id" + where,
                "select count(*) from patrol_task t" + where, " order by t.do_by, t.parcel_id, t.task_id", args,
                page, (rs, i) -> task(rs, date));
    }

    private static PatrolTaskRow task(ResultSet rs, LocalDate date) throws SQLException {
        LocalDate doBy = rs.getObject(8, LocalDate.class);
        LocalDate doneOn = rs.getObject(9, LocalDate.class);
        PatrolTask.Status status = doneOn != null ? PatrolTask.Status.DONE
                : date.isAfter(doBy) ? PatrolTask.Status.OVERDUE : PatrolTask.Status.OPEN;
        return new PatrolTaskRow(parcel(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                PatrolTaskKind.valueOf(rs.getString(5)), rs.getString(6), rs.getObject(7, LocalDate.class), doBy, doneOn,
                (Boolean) rs.getObject(10), rs.getString(11), status, rs.getString(12));
    }

    /** The key's placeholder of an address complaint's task read back as what it means: no parcel. */
    private static String parcel(String parcelId) {
        return FieldWorkProjection.NO_PARCEL.equals(parcelId) ? null : parcelId;
    }

    public List<ComplaintRow> complaints(ComplaintRow.Status status) {
        return complaints(status, Pageable.unpaged()).getContent();
    }

    /** Complaints about parcels and about addresses, in the order received; one status or all ({@code null}). */
    public Page<ComplaintRow> complaints(ComplaintRow.Status status, Pageable page) {
        String where = status == null ? "" : status == ComplaintRow.Status.OPEN ? " where c.decided_on is null"
                : " where c.decided_on is not null";
        return paged(COMPLAINTS + where, "select count(*) from complaint c" + where,
                " order by c.received_on, c.complaint_id", List.of(), page, (rs, i) -> complaint(rs));
    }

    public Optional<ComplaintRow> complaint(String complaintId) {
        return jdbc.query(COMPLAINTS + " where c.complaint_id = ?", (rs, i) -> complaint(rs), complaintId).stream().findFirst();
    }

    private static final String COMPLAINTS = "select c.complaint_id, c.parcel_id, l.project_name, c.source, c.contact,"
            + " c.content, c.address, c.received_on, c.outcome, c.substantiated, c.decided_on,"
            + " coalesce(l.township, c.township),"
            + " (select t.officer from patrol_task t where t.complaint_id = c.complaint_id) from complaint c"
            + " left join parcel_ledger l on l.parcel_id = c.parcel_id";

    private static ComplaintRow complaint(ResultSet rs) throws SQLException {
        LocalDate decidedOn = rs.getObject(11, LocalDate.class);
        return new ComplaintRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                (Boolean) rs.getObject(10), decidedOn, decidedOn == null ? ComplaintRow.Status.OPEN : ComplaintRow.Status.DECIDED,
                rs.getString(12), rs.getString(13));
    }

    /**
     * A page of rows: {@code select} with {@code order}, limited to the page, and {@code count} for the whole (left out
     * when the first page holds everything). Unpaged: every row.
     */
    private <T> Page<T> paged(String select, String count, String order, List<Object> args, Pageable page,
                              RowMapper<T> rows) {
        if (page.isUnpaged()) {
            return new PageImpl<>(jdbc.query(select + order, rows, args.toArray()));
        }
        List<Object> limited = new ArrayList<>(args);
        limited.add(page.getPageSize());
        limited.add(page.getOffset());
        List<T> content = jdbc.query(select + order + " limit ? offset ?", rows, limited.toArray());
        return PageableExecutionUtils.getPage(content, page,
                () -> jdbc.queryForObject(count, Long.class, args.toArray()));
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
        return parcelsWithoutOfficer(Pageable.unpaged()).getContent();
    }

    /** One page of the open parcels without an officer, by township. */
    public Page<Unassigned> parcelsWithoutOfficer(Pageable page) {
        String where = " where " + OPEN_PARCEL
                + " and not exists (select 1 from parcel_officer o where o.parcel_id = l.parcel_id)";
        return paged("select l.parcel_id, l.project_name, l.township, l.stage from parcel_ledger l" + where,
                "select count(*) from parcel_ledger l" + where, " order by l.township, l.parcel_id", List.of(), page,
                (rs, i) -> new Unassigned(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** An open complaint about an address that nobody investigates yet: the desk's worklist item. */
    public record UnassignedComplaint(String complaintId, String township, String address, LocalDate receivedOn,
                                      LocalDate doBy) {
    }

    public List<UnassignedComplaint> complaintsWithoutOfficer() {
        return jdbc.query("select c.complaint_id, c.township, c.address, c.received_on, t.do_by from complaint c"
                        + " join patrol_task t on t.complaint_id = c.complaint_id and t.parcel_id = ?"
                        + " where c.decided_on is null and t.officer is null order by c.received_on, c.complaint_id",
                (rs, i) -> new UnassignedComplaint(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), FieldWorkProjection.NO_PARCEL);
    }

    /**
     * The officers with open parcels in {@code township}, each with how many: whom a complaint about an address there
     * may go to ({@link org.parcelwatch.monitoring.complaint.ComplaintOfficerPolicy}).
     */
    public Map<String, Long> officersIn(String township) {
        Map<String, Long> officers = new LinkedHashMap<>();
        jdbc.query("select o.officer, count(*) from parcel_officer o left join parcel_ledger l on l.parcel_id = o.parcel_id"
                        + " where coalesce(l.township, o.township) = ? and " + OPEN_PARCEL + " group by o.officer",
                rs -> {
                    officers.put(rs.getString(1), rs.getLong(2));
                }, township);
        return officers;
    }

    /** Whether any parcel was registered in {@code township}: a complaint about an address names a known township. */
    public boolean isKnownTownship(String township) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from parcel_ledger where township = ?", Boolean.class, township));
    }
}

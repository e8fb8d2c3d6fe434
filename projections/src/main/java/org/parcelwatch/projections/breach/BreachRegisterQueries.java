package org.parcelwatch.projections.breach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.projections.jdbc.StreamedRows;
import org.springframework.stereotype.Service;

/** Reads of the breach register: every missed date, oldest miss first, optionally only those in one status. */
@Service
public class BreachRegisterQueries {

    private final StreamedRows streamed;

    public BreachRegisterQueries(StreamedRows streamed) {
        this.streamed = streamed;
    }

    /** The register as a list (the JSON answer). */
    public List<BreachRow> register(BreachCase.Status status) {
        List<BreachRow> rows = new ArrayList<>();
        forEach(status, rows::add);
        return rows;
    }

    /** The register handed to {@code sink} one case at a time as read (the export); returns the cases sent. */
    public long forEach(BreachCase.Status status, Consumer<BreachRow> sink) {
        String where = status == null ? "" : " where b.status = ?";
        Object[] args = status == null ? new Object[0] : new Object[] {status.name()};
        return streamed.forEach("""
                        select b.parcel_id, l.township, l.project_name, l.land_user_name, b.milestone, b.agreed_date,
                               b.missed_from, b.status, b.cause, b.government_cause, b.findings, b.found_on,
                               b.performance_notice_no, b.reached_on, b.extended_to
                        from breach_case b left join parcel_ledger l on l.parcel_id = b.parcel_id""" + where
                        + " order by b.missed_from, b.parcel_id, b.milestone",
                (rs, n) -> new BreachRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Milestone.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
                        BreachCase.Status.valueOf(rs.getString(8)), StreamedRows.named(BreachCause.class, rs.getString(9)),
                        StreamedRows.named(GovernmentCause.class, rs.getString(10)), rs.getString(11), rs.getObject(12, LocalDate.class),
                        rs.getString(13), rs.getObject(14, LocalDate.class), rs.getObject(15, LocalDate.class)),
                sink, args);
    }
}

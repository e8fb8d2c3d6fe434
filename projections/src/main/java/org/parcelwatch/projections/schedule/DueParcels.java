package org.parcelwatch.projections.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The parcels a sweep must check as of a day, page by page: those with a PENDING point firing on or
 * before it (lapsed reminders included: their overdue rule acts).
 *
 * <p>The points are read in the order of the sweep's index with a keyset on (fires_on, parcel_id), so each page is a
 * short index range however the planner's statistics stand. On PostgreSQL that index holds the PENDING points only
 * (V175: marking a point DONE adds nothing to it); on H2 it is (status, fires_on, parcel_id).
 * Paging by parcel id instead ("distinct parcel ids after X, in id order") let the planner walk the whole
 * table in primary-key order: it takes PENDING and "fired by today" as independent, so after every sweep
 * has marked yesterday's points DONE it still expects a sixth of the table to be due (3 s a page at a
 * million parcels, with no due point found). A parcel with several due points is returned once per run.
 */
@Component
public class DueParcels {

    private final JdbcTemplate jdbc;

    public DueParcels(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Pages of at most {@code pageSize} parcel ids due as of {@code asOf}; each parcel in one page only. */
    public Pages asOf(LocalDate asOf, int pageSize) {
        return new Pages(asOf, pageSize);
    }

    public final class Pages {

        private final LocalDate asOf;
        private final int pageSize;
        private final Set<String> returned = new HashSet<>();
        private LocalDate afterFiresOn = LocalDate.of(1, 1, 1);
        private String afterParcelId = "";
        private boolean exhausted;

        private Pages(LocalDate asOf, int pageSize) {
            this.asOf = asOf;
            this.pageSize = pageSize;
        }

        /** The next parcels to check; empty when there are no more. */
        public List<String> next() {
            List<String> page = new ArrayList<>();
            while (page.isEmpty() && !exhausted) {
                List<Point> points = jdbc.query("""
                                select parcel_id, fires_on from monitoring_schedule
                                where status = 'PENDING' and fires_on <= ? and (fires_on, parcel_id) > (?, ?)
                                order by fires_on, parcel_id
                                fetch first ? rows only""",
                        (rs, n) -> new Point(rs.getString(1), rs.getObject(2, LocalDate.class)),
                        asOf, afterFiresOn, afterParcelId, pageSize);
                exhausted = points.size() < pageSize;
                if (!points.isEmpty()) {
                    Point last = points.get(points.size() - 1);
                    afterFiresOn = last.firesOn();
                    afterParcelId = last.parcelId();
                }
                points.stream().map(Point::parcelId).filter(returned::add).forEach(page::add);
            }
            return page;
        }
    }

    private record Point(String parcelId, LocalDate firesOn) {
    }
}

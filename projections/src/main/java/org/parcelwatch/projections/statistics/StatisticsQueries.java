package org.parcelwatch.projections.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.projections.indicators.Indicators;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The yearly statistics, summed from the projection tables at query time with plain SQL that PostgreSQL and H2 both
 * run: one grouped query per figure (the ledger, installments, payments, idle cases, patrols), merged by group. The
 * day rules are the indicators': a date agreed on D is due from D+1, an installment due on D is overdue from D+1.
 */
@Service
public class StatisticsQueries {

    /** m² in one 亩 (市亩), as the bureau counts: 1 亩 = 666.67 m². */
    public static final BigDecimal SQM_PER_MU = new BigDecimal("666.67");

    private final JdbcTemplate jdbc;

    public StatisticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The statistics of {@code year}, for one township or all (null), grouped by the given dimensions, as of {@code today}. */
    public Statistics of(int year, String township, List<StatisticsDimension> groupBy, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate asOf = today.isBefore(last) ? today : last;
        // agreed dates that have passed: through the day before the asking day, or the whole year once it is over
        LocalDate passedBy = today.isBefore(last) ? today.minusDays(1) : last;
        List<StatisticsDimension> dimensions = groupBy.stream().distinct().sorted().toList();
        Map<List<Object>, Tally> groups = tally(dimensions, year, township, first, last, asOf, passedBy);
        Tally total = tally(List.of(), year, township, first, last, asOf, passedBy).getOrDefault(List.of(), new Tally(List.of()));
        List<StatisticsGroup> rows = groups.values().stream()
                .sorted(Comparator.comparing(t -> t.key.stream().map(k -> k == null ? "\uFFFF" : k.toString()).toList(),
                        StatisticsQueries::compareKeys))
                .map(t -> t.group(dimensions)).toList();
        return new Statistics(year, township, dimensions.stream().map(StatisticsDimension::apiName).toList(), asOf, rows,
                total.group(List.of()));
    }

    private Map<List<Object>, Tally> tally(List<StatisticsDimension> dimensions, int year, String township, LocalDate first,
                                           LocalDate last, LocalDate asOf, LocalDate passedBy) {
        Map<List<Object>, Tally> groups = new LinkedHashMap<>();
        String keys = dimensions.stream().map(StatisticsDimension::column).collect(Collectors.joining(", "));
        Grouped q = new Grouped(jdbc, keys, dimensions.size(), township, groups);

        q.run("select %s count(*), coalesce(sum(l.area_sqm), 0), coalesce(sum(l.total_price), 0) from parcel_ledger l"
                + " where l.supply_year = ?", (t, rs, at) -> {
                    t.parcelsSupplied += rs.getLong(at);
                    t.areaSqm = t.areaSqm.add(rs.getBigDecimal(at + 1));
                    t.contractPrice = t.contractPrice.add(rs.getBigDecimal(at + 2));
                }, year);
        q.run("select %s coalesce(sum(p.amount), 0) from payment_fact p join parcel_ledger l on l.parcel_id = p.parcel_id"
                + " where p.paid_on between ? and ?", (t, rs, at) -> t.received = t.received.add(rs.getBigDecimal(at)), first, asOf);
        // payments settle the oldest installments first: what is overdue is what fell due less what was paid, if more
        q.run("select %s coalesce(sum(case when d.due > coalesce(p.paid, 0) then d.due - coalesce(p.paid, 0) else 0 end), 0)"
                + " from parcel_ledger l"
                + " join (select parcel_id, sum(amount) as due from installment_ledger where due_date < ? group by parcel_id) d"
                + " on d.parcel_id = l.parcel_id"
                + " left join (select parcel_id, sum(amount) as paid from payment_fact where paid_on <= ? group by parcel_id) p"
                + " on p.parcel_id = l.parcel_id where 1 = 1",
                (t, rs, at) -> t.overdue = t.overdue.add(rs.getBigDecimal(at)), asOf, asOf);
        for (String milestone : List.of("start", "completion")) {
            boolean start = milestone.equals("start");
            q.run(("select %%s count(*), coalesce(sum(case when l.actual_%1$s_date is not null"
                    + " and l.actual_%1$s_date <= l.agreed_%1$s_date then 1 else 0 end), 0) from parcel_ledger l"
                    + " where l.agreed_%1$s_date between ? and ? and (l.closed_on is null or l.closed_on > l.agreed_%1$s_date)")
                    .formatted(milestone), (t, rs, at) -> {
                        if (start) {
                            t.startsDue += rs.getLong(at);
                            t.startsMet += rs.getLong(at + 1);
                        } else {
                            t.completionsDue += rs.getLong(at);
                            t.completionsMet += rs.getLong(at + 1);
                        }
                    }, first, passedBy);
        }
        q.run("select %s count(*), coalesce(sum(l.area_sqm), 0) from idle_case c join parcel_ledger l on l.parcel_id = c.parcel_id"
                + " where c.determined_on between ? and ?", (t, rs, at) -> {
                    t.idleDetermined += rs.getLong(at);
                    t.idleDeterminedSqm = t.idleDeterminedSqm.add(rs.getBigDecimal(at + 1));
                }, first, asOf);
        q.run("select %s count(*), coalesce(sum(l.area_sqm), 0) from idle_case c join parcel_ledger l on l.parcel_id = c.parcel_id"
                + " where c.decided_on between ? and ?", (t, rs, at) -> {
                    t.idleDisposed += rs.getLong(at);
                    t.idleDisposedSqm = t.idleDisposedSqm.add(rs.getBigDecimal(at + 1));
                }, first, asOf);
        q.run("select %s count(*), count(b.parcel_id) from parcel_ledger l"
                + " left join (select distinct parcel_id from patrol_fact where info_board_posted = true and patrolled_on <= ?) b"
                + " on b.parcel_id = l.parcel_id"
                + " where l.actual_handover_date <= ? and (l.closed_on is null or l.closed_on > ?)", (t, rs, at) -> {
                    t.handedOver += rs.getLong(at);
                    t.boardPosted += rs.getLong(at + 1);
                }, asOf, asOf, asOf);
        q.run("select %s count(*), count(distinct f.parcel_id) from patrol_fact f join parcel_ledger l on l.parcel_id = f.parcel_id"
                + " where f.use_changed = true and f.patrolled_on between ? and ?", (t, rs, at) -> {
                    t.useChangeFindings += rs.getLong(at);
                    t.useChangeParcels += rs.getLong(at + 1);
                }, first, asOf);
        return groups;
    }

    /** An area in 亩, two decimals. */
    public static BigDecimal mu(BigDecimal sqm) {
        return sqm.divide(SQM_PER_MU, 2, RoundingMode.HALF_UP);
    }

    private static int compareKeys(List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Adds a query's figures (from column {@code at} on) to a group's tally. */
    @FunctionalInterface
    private interface Figures {
        void add(Tally tally, ResultSet rs, int at) throws SQLException;
    }

    /** Runs grouped queries: the key columns first, the group by them, the township filter. */
    private record Grouped(JdbcTemplate jdbc, String keys, int keyCount, String township, Map<List<Object>, Tally> groups) {

        void run(String sql, Figures figures, Object... args) {
            String query = sql.formatted(keys.isEmpty() ? "" : keys + ",")
                    + (township == null ? "" : " and l.township = ?")
                    + (keys.isEmpty() ? "" : " group by " + keys);
            List<Object> all = new ArrayList<>(Arrays.asList(args));
            if (township != null) {
                all.add(township);
            }
            jdbc.query(query, rs -> {
                List<Object> key = new ArrayList<>(keyCount);
                for (int i = 1; i <= keyCount; i++) {
                    key.add(rs.getString(i));
                }
                figures.add(groups.computeIfAbsent(key, Tally::new), rs, keyCount + 1);
            }, all.toArray());
        }
    }

    /** One group's figures as the queries add them up. */
    private static final class Tally {
        private final List<Object> key;
        long parcelsSupplied;
        BigDecimal areaSqm = BigDecimal.ZERO;
        BigDecimal contractPrice = BigDecimal.ZERO;
        BigDecimal received = BigDecimal.ZERO;
        BigDecimal overdue = BigDecimal.ZERO;
        long startsDue;
        long startsMet;
        long completionsDue;
        long completionsMet;
        long idleDetermined;
        BigDecimal idleDeterminedSqm = BigDecimal.ZERO;
        long idleDisposed;
        BigDecimal idleDisposedSqm = BigDecimal.ZERO;
        long handedOver;
        long boardPosted;
        long useChangeFindings;
        long useChangeParcels;

        Tally(List<Object> key) {
            this.key = key;
        }

        StatisticsGroup group(List<StatisticsDimension> dimensions) {
            String township = (String) keyOf(dimensions, StatisticsDimension.TOWNSHIP);
            String landUse = (String) keyOf(dimensions, StatisticsDimension.LAND_USE);
            String supplyMethod = (String) keyOf(dimensions, StatisticsDimension.SUPPLY_METHOD);
            return new StatisticsGroup(township, landUse, LandUse.of(landUse).map(LandUse::name).orElse(null), supplyMethod,
                    parcelsSupplied, scale(areaSqm), mu(areaSqm), scale(contractPrice), scale(received), scale(overdue),
                    startsDue, startsMet, completionsDue, completionsMet, idleDetermined, mu(idleDeterminedSqm),
                    idleDisposed, mu(idleDisposedSqm), handedOver, boardPosted,
                    Indicators.Rate.of(boardPosted, handedOver).rate(), useChangeFindings, useChangeParcels);
        }

        private Object keyOf(List<StatisticsDimension> dimensions, StatisticsDimension dimension) {
            int at = dimensions.indexOf(dimension);
            return at < 0 ? null : key.get(at);
        }

        private static BigDecimal scale(BigDecimal amount) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
    }

}

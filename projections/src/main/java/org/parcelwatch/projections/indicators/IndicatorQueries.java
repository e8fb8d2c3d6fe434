package org.parcelwatch.projections.indicators;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators summed from the projection tables at query time, so they are always as current as the
 * projections and a replay rebuilds them for free. Each sum is one indexed range over (year, township).
 */
@Service
@Transactional(readOnly = true)
public class IndicatorQueries {

    private final EntityManager em;

    public IndicatorQueries(EntityManager em) {
        this.em = em;
    }

    public Indicators of(int year, String township, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate passedBy = today.isBefore(last) ? today.minusDays(1) : last;
        return new Indicators(year, township,
                collection(year, township, today),
                onTime("agreedHandoverDate", "actualHandoverDate", first, passedBy, township),
                onTime("agreedStartDate", "actualStartDate", first, passedBy, township),
                onTime("agreedCompletionDate", "actualCompletionDate", first, passedBy, township),
                idleDisposal(first, last, township),
                patrolCoverage(first, last, township, today),
                overduePatrolTasks(first, last, township, today),
                complaints(first, last, township, today));
    }

    /** Each complaint with its investigation task (one a complaint; a hand-over rewrites it). */
    private Indicators.Complaints complaints(LocalDate from, LocalDate to, String township, LocalDate today) {
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*),
                       sum(case when t.done_on_time = true then 1 else 0 end),
                       sum(case when t.done_on_time = false or (t.done_on is null and t.do_by < ?3) then 1 else 0 end),
                       sum(case when c.decided_on is not null then 1 else 0 end),
                       sum(case when c.substantiated = true then 1 else 0 end)
                from complaint c left join patrol_task t on t.complaint_id = c.complaint_id
                     left join parcel_ledger l on l.parcel_id = c.parcel_id
                where c.received_on between ?1 and ?2
                  and (cast(?4 as varchar(100)) is null or coalesce(l.township, c.township) = ?4)""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, today).setParameter(4, township)
                .getSingleResult();
        return new Indicators.Complaints(count(counts[0]), count(counts[1]), count(counts[2]), count(counts[3]),
                count(counts[4]));
    }

    private Indicators.Rate collection(int year, String township, LocalDate today) {
        TypedQuery<Object[]> q = em.createQuery("""
                select coalesce(sum(i.paidOnTime), 0), coalesce(sum(i.amount), 0) from InstallmentRow i
                where i.dueYear = :year and i.dueDate < :today and (:township is null or i.township = :township)""", Object[].class);
        Object[] sums = q.setParameter("year", year).setParameter("today", today)
                .setParameter("township", township).getSingleResult();
        return Indicators.Rate.of((BigDecimal) sums[0], (BigDecimal) sums[1]);
    }

    /**
     * Dates agreed in the year that have passed, and how many were met. A terminated or recovered parcel counts
     * (the worst cases count, issue 13) when its date fell due before it was closed, and is on time only if the
     * date was met; a date that lay on or after the closing day never fell due. A start or completion on land not
     * handed over counts too, not met: the rate is the county's, and the bureau's own delay is one reason it falls.
     */
    private Indicators.Rate onTime(String agreed, String actual, LocalDate from, LocalDate to, String township) {
        if (to.isBefore(from)) {
            return Indicators.Rate.of(0, 0);
        }
        Object[] counts = em.createQuery("""
                select count(l), sum(case when l.%2$s is not null and l.%2$s <= l.%1$s then 1 else 0 end)
                from LedgerEntry l
                where l.%1$s between :from and :to and (:township is null or l.township = :township)
                  and (l.closedOn is null or l.closedOn > l.%1$s)""".formatted(agreed, actual),
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("township", township)
                .getSingleResult();
        return Indicators.Rate.of(count(counts[1]), count(counts[0]));
    }

    private Indicators.Rate idleDisposal(LocalDate from, LocalDate to, String township) {
        Object[] counts = em.createQuery("""
                select count(c), sum(case when c.decidedOn is not null then 1 else 0 end)
                from IdleCaseEntry c, LedgerEntry l
                where l.parcelId = c.parcelId and c.determinedOn between :from and :to
                  and (:township is null or l.township = :township)""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("township", township)
                .getSingleResult();
        return Indicators.Rate.of(count(counts[1]), count(counts[0]));
    }

    /**
     * Each project started in the year owes a start-stage patrol, each completed in the year a
     * completion-stage patrol (seed 002: "每一个项目在开工、竣工阶段巡查各一次").
     */
    private Indicators.Rate patrolCoverage(LocalDate from, LocalDate to, String township, LocalDate today) {
        Object[] tasks = (Object[]) em.createNativeQuery("""
                select count(*), sum(case when t.done_on_time = true then 1 else 0 end)
                from patrol_task t left join parcel_ledger l on l.parcel_id = t.parcel_id
                where t.do_by between ?1 and ?2 and (t.done_on is not null or t.do_by < ?3)
                  and (cast(?4 as varchar(100)) is null or coalesce(l.township, t.township) = ?4)""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, today).setParameter(4, township)
                .getSingleResult();
        if (count(tasks[0]) > 0) {
            return Indicators.Rate.of(count(tasks[1]), count(tasks[0]));
        }
        return stageVisits(from, to, township);
    }

    /** Open after their last day, of the tasks whose last day lies in the year: what the officers owe. */
    private long overduePatrolTasks(LocalDate from, LocalDate to, String township, LocalDate today) {
        return count(em.createNativeQuery("""
                select count(*) from patrol_task t left join parcel_ledger l on l.parcel_id = t.parcel_id
                where t.do_by between ?1 and ?2 and t.done_on is null and t.do_by < ?3
                  and (cast(?4 as varchar(100)) is null or coalesce(l.township, t.township) = ?4)""")
                .setParameter(1, from).setParameter(2, to).setParameter(3, today).setParameter(4, township)
                .getSingleResult());
    }

    /** Before any patrol task: each stage visit the seed asks for, once in the start and once in the completion stage. */
    private Indicators.Rate stageVisits(LocalDate from, LocalDate to, String township) {
        Object[] counts = em.createQuery("""
                select sum(case when l.actualStartDate between :from and :to then 1 else 0 end)
                     + sum(case when l.actualCompletionDate between :from and :to then 1 else 0 end),
                       sum(case when l.actualStartDate between :from and :to and l.patrolledStartStage = true then 1 else 0 end)
                     + sum(case when l.actualCompletionDate between :from and :to and l.patrolledCompletionStage = true then 1 else 0 end)
                from LedgerEntry l where (:township is null or l.township = :township)""", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("township", township)
                .getSingleResult();
        return Indicators.Rate.of(count(counts[1]), count(counts[0]));
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

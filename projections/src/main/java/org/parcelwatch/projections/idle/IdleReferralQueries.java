package org.parcelwatch.projections.idle;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.projections.jdbc.StreamedRows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IdleReferralQueries {

    private final IdleCaseRepository cases;
    private final EntityManager entityManager;
    private final StreamedRows streamed;

    public IdleReferralQueries(IdleCaseRepository cases, EntityManager entityManager, StreamedRows streamed) {
        this.cases = cases;
        this.entityManager = entityManager;
        this.streamed = streamed;
    }

    /**
     * The register in its order (oldest suspicion first), optionally by status, with each parcel's township, project,
     * land user and area, handed to {@code sink} one case at a time as read: the export. Returns the cases sent.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public long forEach(IdleCaseEntry.Status status, Consumer<IdleCaseRow> sink) {
        String where = status == null ? "" : " where c.status = ?";
        Object[] args = status == null ? new Object[0] : new Object[] {status.name()};
        return streamed.forEach("""
                        select c.parcel_id, l.township, l.project_name, l.land_user_name, l.area_sqm, c.suspected_on,
                               c.ground, c.idle_since, c.status, c.verified_on, c.still_idle, c.referred_on,
                               c.investigation_due_by, c.investigation_notice_no, c.determination_no, c.determined_on,
                               c.cause, c.recovery_eligible_from, c.disposal_method, c.decision_no, c.decided_on, c.idle_fee
                        from idle_case c left join parcel_ledger l on l.parcel_id = c.parcel_id""" + where
                        + " order by c.suspected_on, c.parcel_id",
                (rs, n) -> new IdleCaseRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), StreamedRows.named(IdleGround.class, rs.getString(7)),
                        rs.getObject(8, LocalDate.class), StreamedRows.named(IdleCaseEntry.Status.class, rs.getString(9)),
                        rs.getObject(10, LocalDate.class), rs.getObject(11, Boolean.class), rs.getObject(12, LocalDate.class),
                        rs.getObject(13, LocalDate.class), rs.getString(14), rs.getString(15), rs.getObject(16, LocalDate.class),
                        StreamedRows.named(BreachCause.class, rs.getString(17)), rs.getObject(18, LocalDate.class),
                        StreamedRows.named(IdleDisposalMethod.class, rs.getString(19)), rs.getString(20),
                        rs.getObject(21, LocalDate.class), rs.getBigDecimal(22)),
                sink, args);
    }

    /** The register, optionally by status, oldest suspicion first. */
    public List<IdleCaseEntry> register(IdleCaseEntry.Status status) {
        return status == null ? cases.findAllByOrderBySuspectedOn() : cases.findByStatusOrderBySuspectedOn(status);
    }

    public List<IdleCaseEntry> ofParcel(String parcelId) {
        return cases.findByParcelIdOrderBySuspectedOnDesc(parcelId);
    }

    /**
     * The idle land determined in the year, in the order it was determined, as the bureau publishes it (《闲置土地处置办法》
     * 第十条): each case of the register with the parcel's location, land user and area from the ledger. A range of the
     * register's determination index, joined to the ledger by its key; a case whose ledger row is not projected yet is
     * listed without them.
     */
    public List<DisclosedIdleLand> disclosure(int year) {
        return entityManager.createQuery("""
                        select new org.parcelwatch.projections.idle.DisclosedIdleLand(c.parcelId, l.township, l.location,
                               l.landUserName, l.areaSqm, l.landUse, c.idleSince, c.determinationNo, c.determinedOn, c.cause,
                               c.governmentCause, c.status, c.disposalMethod, c.decisionNo, c.decidedOn, c.idleFee,
                               c.approvalNo, c.approvedOn)
                        from IdleCaseEntry c left join LedgerEntry l on l.parcelId = c.parcelId
                        where c.determinedOn between :from and :to
                        order by c.determinedOn, c.parcelId""", DisclosedIdleLand.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultList();
    }
}

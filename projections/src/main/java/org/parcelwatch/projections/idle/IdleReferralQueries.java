package org.parcelwatch.projections.idle;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IdleReferralQueries {

    private final IdleCaseRepository cases;
    private final EntityManager entityManager;

    public IdleReferralQueries(IdleCaseRepository cases, EntityManager entityManager) {
        this.cases = cases;
        this.entityManager = entityManager;
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

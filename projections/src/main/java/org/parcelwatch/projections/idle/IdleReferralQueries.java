package org.parcelwatch.projections.idle;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class IdleReferralQueries {

    private final IdleCaseRepository cases;

    public IdleReferralQueries(IdleCaseRepository cases) {
        this.cases = cases;
    }

    /** The register, optionally by status, oldest suspicion first. */
    public List<IdleCaseEntry> register(IdleCaseEntry.Status status) {
        return status == null ? cases.findAllByOrderBySuspectedOn() : cases.findByStatusOrderBySuspectedOn(status);
    }

    public List<IdleCaseEntry> ofParcel(String parcelId) {
        return cases.findByParcelIdOrderBySuspectedOnDesc(parcelId);
    }
}

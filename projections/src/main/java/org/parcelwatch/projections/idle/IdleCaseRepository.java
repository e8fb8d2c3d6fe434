package org.parcelwatch.projections.idle;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IdleCaseRepository extends JpaRepository<IdleCaseEntry, IdleCaseEntry.Key> {

    List<IdleCaseEntry> findByParcelIdOrderBySuspectedOnDesc(String parcelId);

    List<IdleCaseEntry> findByStatusOrderBySuspectedOn(IdleCaseEntry.Status status);

    List<IdleCaseEntry> findAllByOrderBySuspectedOn();
}

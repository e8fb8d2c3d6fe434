package org.parcelwatch.projections.breach;

import java.util.List;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BreachCaseRepository extends JpaRepository<BreachCase, BreachCase.Key> {

    List<BreachCase> findByParcelIdOrderByMissedFrom(String parcelId);

    List<BreachCase> findByParcelIdAndMilestoneOrderByMissedFromDesc(String parcelId, Milestone milestone);

    List<BreachCase> findByStatusOrderByMissedFrom(BreachCase.Status status);
}

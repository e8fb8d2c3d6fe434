package org.parcelwatch.projections.schedule;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScheduleRepository extends JpaRepository<ScheduledPoint, ScheduledPoint.Key> {

    List<ScheduledPoint> findByParcelIdAndStatus(String parcelId, ScheduledPoint.Status status);

    List<ScheduledPoint> findByParcelIdOrderByFiresOn(String parcelId);

    @Query("""
            select count(distinct p.parcelId) from ScheduledPoint p
            where p.status = org.parcelwatch.projections.schedule.ScheduledPoint.Status.PENDING and p.firesOn <= :today""")
    long countParcelsDueBy(@Param("today") LocalDate today);
}

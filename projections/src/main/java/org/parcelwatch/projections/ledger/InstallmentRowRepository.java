package org.parcelwatch.projections.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstallmentRowRepository extends JpaRepository<InstallmentRow, InstallmentRow.Key> {

    List<InstallmentRow> findByParcelIdOrderByInstallmentNo(String parcelId);
}

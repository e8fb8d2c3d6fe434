package org.parcelwatch.projections.ledger;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LedgerRepository extends JpaRepository<LedgerEntry, String>, JpaSpecificationExecutor<LedgerEntry> {
}

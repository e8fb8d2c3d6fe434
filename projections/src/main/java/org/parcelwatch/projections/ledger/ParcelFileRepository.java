package org.parcelwatch.projections.ledger;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParcelFileRepository extends JpaRepository<ParcelFile, String> {
}

package org.parcelwatch.projections.ledger;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the parcel ledger and the parcel detail; never the event store. */
@Service
@Transactional(readOnly = true)
public class ParcelQueries {

    private final LedgerRepository ledger;
    private final ParcelFileRepository files;

    public ParcelQueries(LedgerRepository ledger, ParcelFileRepository files) {
        this.ledger = ledger;
        this.files = files;
    }

    public Page<LedgerEntry> ledger(LedgerFilter filter, Pageable page) {
        return ledger.findAll(matching(filter), page);
    }

    /** The detail with damages as of {@code asOf} (the asking day), computed, never stored. */
    public Optional<ParcelDetail> detail(String parcelId, LocalDate asOf) {
        return files.findById(parcelId).map(file -> ParcelDetail.of(file.state(), asOf));
    }

    public boolean exists(String parcelId) {
        return ledger.existsById(parcelId);
    }

    static Specification<LedgerEntry> matching(LedgerFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (filter.township() != null) {
                where.add(cb.equal(root.get("township"), filter.township()));
            }
            if (filter.stage() != null) {
                where.add(cb.equal(root.get("stage"), filter.stage()));
            }
            if (filter.flag() != null) {
                // parcel_flag's (flag, parcel_id) index answers this semi-join
                Subquery<String> flagged = query.subquery(String.class);
                var flagRoot = flagged.from(LedgerEntry.class);
                var flags = flagRoot.join("flags");
                flagged.select(flagRoot.get("parcelId")).where(cb.equal(flags, filter.flag()));
                where.add(root.get("parcelId").in(flagged));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}

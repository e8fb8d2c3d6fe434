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

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = org.parcelwatch.monitoring.ParcelwatchJson.objectMapper();

    private final LedgerRepository ledger;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public ParcelQueries(LedgerRepository ledger, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    public Page<LedgerEntry> ledger(LedgerFilter filter, Pageable page) {
        return ledger.findAll(matching(filter), page);
    }

    /**
     * The detail with damages as of {@code asOf} (the asking day), computed, never stored. One plain
     * read of the parcel's file, outside any transaction: the desk's most frequent call costs a single
     * database round trip.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<ParcelDetail> detail(String parcelId, LocalDate asOf) {
        java.util.List<String> json = jdbc.queryForList("select state_json from parcel_file where parcel_id = ?",
                String.class, parcelId);
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ParcelDetail.of(JSON.readValue(json.get(0), org.parcelwatch.monitoring.parcel.ParcelState.class), asOf));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("parcel file " + parcelId + " holds unreadable state", e);
        }
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

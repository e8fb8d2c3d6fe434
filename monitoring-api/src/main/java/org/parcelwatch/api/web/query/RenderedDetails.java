package org.parcelwatch.api.web.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import org.parcelwatch.api.BoundedLru;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The parcel detail as rendered JSON, remembered per parcel under the version of its file and the business day
 * it was rendered for: the detail shows damages as of today, so the same file renders differently tomorrow.
 * Every read still asks the database for the file's version (one small round trip, also right when another
 * node projected the newest event); only while it and the day are unchanged is the rendering reused. The
 * version and the day are also the detail's ETag. The renderings are the least recently read parcels' first to go:
 * over a million parcels read at random nearly every read renders anew, and making room must then cost no more than
 * the put (it once walked the map from its first bucket past those already emptied: a thirtieth of the request
 * threads' CPU at a million parcels).
 */
@Component
class RenderedDetails {

    private static final long NONE = Long.MIN_VALUE;

    /** One rendering: the file version and day it shows, its ETag and its JSON. */
    record Rendered(long version, LocalDate day, String etag, byte[] json) {
    }

    private final ParcelQueries parcels;
    private final ObjectMapper json;
    private final BoundedLru<String, Rendered> renderings;

    RenderedDetails(ParcelQueries parcels, ObjectMapper json,
                    @Value("${parcelwatch.api.detail-cache-entries:10000}") int maxEntries) {
        this.parcels = parcels;
        this.json = json;
        this.renderings = new BoundedLru<>(maxEntries);
    }

    /** The parcel's detail as of {@code today}; empty for a parcel not (yet) projected. */
    Optional<Rendered> detail(String parcelId, LocalDate today) {
        Rendered known = renderings.get(parcelId);
        boolean current = known != null && known.day().equals(today);
        Optional<ParcelQueries.VersionedState> file = parcels.file(parcelId, current ? known.version() : NONE);
        if (file.isEmpty()) {
            renderings.remove(parcelId);
            return Optional.empty();
        }
        if (file.get().state() == null) {
            return Optional.of(known);
        }
        long version = file.get().version();
        Rendered fresh = new Rendered(version, today, "\"" + version + "-" + today + "\"",
                render(ParcelDetail.of(file.get().state(), today)));
        renderings.put(parcelId, fresh);
        return Optional.of(fresh);
    }

    private byte[] render(ParcelDetail detail) {
        try {
            return json.writeValueAsBytes(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("parcel detail " + detail.parcelId() + " cannot be written as JSON", e);
        }
    }
}

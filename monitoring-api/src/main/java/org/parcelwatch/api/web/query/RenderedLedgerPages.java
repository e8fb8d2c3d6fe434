package org.parcelwatch.api.web.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.parcelwatch.api.BoundedLru;
import org.parcelwatch.api.application.readmodel.ProjectionVersions;
import org.parcelwatch.api.application.readmodel.ProjectionVersions.Version;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Ledger pages as rendered JSON, remembered per filter, page and size under the version of the parcel ledger's
 * tables ({@link ProjectionVersions}): every read asks the database for that version (a row per segment), and only
 * while it is unchanged is the rendering reused, so a page never shows less than the projection had when it was
 * asked for, whichever node projected the last event. A desk pages through the same few township pages many times
 * between two events of its county; each event of any parcel renders them anew. The pages held are bounded by
 * their bytes ({@code parcelwatch.api.ledger-page-cache-mb}, 0 to render every page), the least recently read
 * going first. {@code parcelwatch_ledger_pages_total{from=kept|read}} counts the pages answered from a kept rendering
 * and those read from the tables.
 */
@Component
class RenderedLedgerPages {

    /** A rendering, with the version of the tables it was read from. */
    private record Rendered(Version version, byte[] json) {
    }

    private record Key(LedgerFilter filter, int page, int size) {
    }

    /** A kept rendering's weight beside its JSON: its key, records and the map's entry. */
    private static final int ENTRY_BYTES = 256;

    private final ParcelQueries parcels;
    private final ProjectionVersions versions;
    private final ObjectMapper json;
    private final BoundedLru<Key, Rendered> renderings;
    private final Counter kept;
    private final Counter read;

    RenderedLedgerPages(ParcelQueries parcels, ProjectionVersions versions, ObjectMapper json, MeterRegistry meters,
                        @Value("${parcelwatch.api.ledger-page-cache-mb:128}") long megabytes) {
        this.parcels = parcels;
        this.versions = versions;
        this.json = json;
        this.renderings = new BoundedLru<>(megabytes * 1024 * 1024, rendered -> rendered.json().length + ENTRY_BYTES);
        this.kept = pages(meters, "kept");
        this.read = pages(meters, "read");
    }

    private static Counter pages(MeterRegistry meters, String from) {
        return Counter.builder("parcelwatch.ledger.pages").tag("from", from)
                      .description("ledger pages answered, from a kept rendering or read from the tables").register(meters);
    }

    /** The page as {@link PageResponse} JSON. */
    byte[] page(LedgerFilter filter, int page, int size) {
        Key key = new Key(filter, page, size);
        Optional<Version> now = versions.of(ParcelLedgerProjection.GROUP);
        Rendered known = renderings.get(key);
        if (known != null && now.isPresent() && known.version().equals(now.get())) {
            kept.increment();
            return known.json();
        }
        read.increment();
        // read after the version: the rows are at least as new as it says, never older
        byte[] fresh = render(PageResponse.of(parcels.ledgerRows(filter, PageRequest.of(page, size)), row -> row));
        if (now.isPresent()) {
            renderings.put(key, new Rendered(now.get(), fresh));
        } else {
            renderings.remove(key);
        }
        return fresh;
    }

    private byte[] render(PageResponse<?> page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a ledger page cannot be written as JSON", e);
        }
    }
}

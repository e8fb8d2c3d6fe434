package org.parcelwatch.api.web.parcel;

import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;

/**
 * The answer to an accepted command. The parcel's read views (detail, ledger, notices) follow within moments:
 * they are projections of the events the command produced.
 */
public record CommandResult(
        @Schema(example = "1305302024B00017") String parcelId,
        @Schema(description = "the command the parcel accepted", example = "RecordPayment") String accepted,
        // A path relative to the server the client called (behind a proxy the host is the proxy's), hence a
        // URI reference, not an absolute URI.
        @Schema(description = "the parcel's detail, as a path on this server", implementation = String.class,
                format = "uri-reference",
                example = "/api/v1/parcels/1305302024B00017") URI parcel) {
}

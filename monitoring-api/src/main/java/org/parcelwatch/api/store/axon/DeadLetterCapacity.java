package org.parcelwatch.api.store.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What each projection's dead-letter queue holds ({@code parcelwatch.projections.dead-letters.*}). A queue at its
 * limit takes no further parcel, nor a further event of a parcel at its own: the projection then stops at that event
 * and retries, as for a systematic failure, rather than go on without it. A rebuild that would set aside more stops
 * as soon as it knows, and the live tables stay as they were ({@code ShadowRebuild}): the queue it hands over at the
 * switch has to fit the same limits.
 *
 * @param maxParcels        parcels with letters per projection (1024, Axon's default)
 * @param maxEventsPerParcel letters of one parcel: the event that failed and the later ones queued behind it (1024)
 */
@ConfigurationProperties("parcelwatch.projections.dead-letters")
public record DeadLetterCapacity(@DefaultValue("1024") int maxParcels, @DefaultValue("1024") int maxEventsPerParcel) {

    public static final String MAX_PARCELS = "parcelwatch.projections.dead-letters.max-parcels";
    public static final String MAX_EVENTS_PER_PARCEL = "parcelwatch.projections.dead-letters.max-events-per-parcel";

    public DeadLetterCapacity {
        if (maxParcels < 1 || maxEventsPerParcel < 1) {
            throw new IllegalArgumentException(MAX_PARCELS + " and " + MAX_EVENTS_PER_PARCEL + " must be at least 1");
        }
    }
}

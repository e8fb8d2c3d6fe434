package org.parcelwatch.api.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Application settings under {@code parcelwatch.*}.
 *
 * @param clock    the business clock: every "today" and every event timestamp
 * @param snapshot aggregate snapshotting
 */
@ConfigurationProperties("parcelwatch")
public record ParcelwatchProperties(@DefaultValue Clock clock, @DefaultValue Snapshot snapshot) {

    /** @param zone business dates are dates in this zone (DESIGN §2: Asia/Shanghai) */
    public record Clock(@DefaultValue("Asia/Shanghai") ZoneId zone) {
    }

    /** @param threshold events replayed before the Parcel aggregate is snapshotted */
    public record Snapshot(@DefaultValue("50") int threshold) {
    }
}

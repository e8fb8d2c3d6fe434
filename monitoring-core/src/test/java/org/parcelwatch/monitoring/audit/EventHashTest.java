package org.parcelwatch.monitoring.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;

class EventHashTest {

    private final PaymentReceived payment = new PaymentReceived(SampleContract.PARCEL_ID, "R-1", new BigDecimal("100.00"),
            LocalDate.of(2024, 3, 1), List.of(new Settlement(1, new BigDecimal("100.00"))));

    @Test
    void isAStableSha256InHex() {
        String hash = EventHash.of(EventHash.GENESIS, SampleContract.PARCEL_ID, 1, payment);
        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(EventHash.of(EventHash.GENESIS, SampleContract.PARCEL_ID, 1, payment)).isEqualTo(hash);
        assertThat(EventHash.of(null, SampleContract.PARCEL_ID, 1, payment)).as("null previous is genesis").isEqualTo(hash);
    }

    @Test
    void changesWithEveryPartItCovers() {
        String hash = EventHash.of(EventHash.GENESIS, SampleContract.PARCEL_ID, 1, payment);
        PaymentReceived edited = new PaymentReceived(SampleContract.PARCEL_ID, "R-1", new BigDecimal("100.01"),
                LocalDate.of(2024, 3, 1), payment.settlements());
        assertThat(EventHash.of(EventHash.GENESIS, SampleContract.PARCEL_ID, 1, edited)).isNotEqualTo(hash);
        assertThat(EventHash.of(EventHash.GENESIS, SampleContract.PARCEL_ID, 2, payment)).isNotEqualTo(hash);
        assertThat(EventHash.of(hash, SampleContract.PARCEL_ID, 1, payment)).isNotEqualTo(hash);
        assertThat(EventHash.of(EventHash.GENESIS, "1305302024B00018", 1, payment)).isNotEqualTo(hash);
    }

    @Test
    void canonicalJsonSortsKeys() {
        String json = EventHash.canonical(payment);
        assertThat(json.indexOf("\"amount\"")).isLessThan(json.indexOf("\"paidOn\""));
        assertThat(json.indexOf("\"paidOn\"")).isLessThan(json.indexOf("\"parcelId\""));
        assertThat(json).contains("\"paidOn\":\"2024-03-01\"");
    }
}

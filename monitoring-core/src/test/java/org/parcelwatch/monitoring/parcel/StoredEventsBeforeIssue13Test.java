package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.Milestone;

/**
 * The committed fixture {@code stored-events/before-issue-13.json} holds events as they were stored before the
 * extension cause, the fee base and the dates of temporary use were recorded: they read with the new fields null and
 * fold to the dates they folded to before.
 */
class StoredEventsBeforeIssue13Test {

    private static final ObjectMapper JSON = ParcelwatchJson.objectMapper();

    private static JsonNode fixture() throws IOException {
        try (InputStream in = StoredEventsBeforeIssue13Test.class.getResourceAsStream("/stored-events/before-issue-13.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void readWithTheNewFieldsNull() throws IOException {
        JsonNode stored = fixture();
        ExtensionGranted extension = JSON.treeToValue(stored.get("extensionGranted"), ExtensionGranted.class);
        assertThat(extension.governmentCause()).isNull();
        assertThat(extension.newDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        IdleLandDisposed fee = JSON.treeToValue(stored.get("idleFee"), IdleLandDisposed.class);
        assertThat(fee.feeBase()).isNull();
        assertThat(fee.idleFee()).isEqualByComparingTo("2469135.60");
    }

    @Test
    void foldToTheDatesTheyFoldedToBefore() throws IOException {
        JsonNode stored = fixture();
        ParcelState state = ParcelState.replay(List.of(SampleContract.registered(),
                JSON.treeToValue(stored.get("extensionGranted"), ExtensionGranted.class),
                JSON.treeToValue(stored.get("temporaryUse"), IdleLandDisposed.class)));
        assertThat(state.milestone(Milestone.START).agreedDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(state.milestone(Milestone.COMPLETION).agreedDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(state.milestone(Milestone.START).extendedDays()).isEqualTo(151L);
        assertThat(state.idle().lastDisposal()).isEqualTo(IdleDisposalMethod.TEMPORARY_USE);
        assertThat(state.temporaryUseUntil()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(state.landUseNamed()).as("a temporary use leaves the land use as contracted")
                .isEqualTo(SampleContract.registered().landUse());
    }
}

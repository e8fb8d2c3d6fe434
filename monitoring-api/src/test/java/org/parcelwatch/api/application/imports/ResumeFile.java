package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.parcelwatch.api.application.seed.SyntheticSupply;
import org.parcelwatch.monitoring.ParcelwatchJson;

/**
 * The file the resume tests import: a synthetic supply signed in 2023 and the first half of 2024 (its stories run
 * into 2026, so most of it is history today), plus one action meant to be refused at its place in the story: a start
 * entered the day before its land is handed over ({@code ILLEGAL_STATE}), on the first record that has both. Sent
 * again after the handover, that start would be accepted.
 *
 * @param refusedStartParcel the parcel of that start
 */
record ResumeFile(byte[] content, String refusedStartParcel) {

    static ResumeFile of(int parcels) {
        ObjectNode seeds = new SyntheticSupply(19, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30)).seedFile(parcels);
        String parcel = null;
        for (JsonNode record : seeds.path("records")) {
            JsonNode handover = null;
            boolean start = false;
            for (JsonNode action : record.path("actions")) {
                handover = "handover".equals(action.path("action").asText()) ? action : handover;
                start |= "start".equals(action.path("action").asText());
            }
            if (handover != null && start) {
                LocalDate handedOver = LocalDate.parse(handover.path("handedOverOn").asText());
                ((ArrayNode) record.path("actions")).addObject().put("action", "start")
                        .put("on", handedOver.minusDays(1).toString()).put("startedOn", handedOver.plusDays(5).toString())
                        .put("evidence", "entered before the handover");
                parcel = record.path("parcelId").asText();
                break;
            }
        }
        assertThat(parcel).as("a record with a handover and a start").isNotNull();
        try {
            return new ResumeFile(ParcelwatchJson.objectMapper().writeValueAsBytes(seeds), parcel);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}

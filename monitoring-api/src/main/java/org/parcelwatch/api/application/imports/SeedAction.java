package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * One dated action of a seed record: what a desk clerk, field officer or brigade member did on a business day,
 * as the body they would have sent to the REST endpoint ({@link ActionKind}).
 *
 * @param index         its place in the record's action list (from 0)
 * @param day           the business day it is entered on: its {@code "on"}, else its own date field
 * @param request       the REST request body, checked with Bean Validation when the action is applied
 * @param command       the core command it sends
 * @param expectRefused for a deliberately bad action, the refusal code the system must answer with
 */
public record SeedAction(int index, ActionKind kind, LocalDate day, Object request, Object command,
                         String expectRefused, String comment) {

    /** Either the action or why it could not be read. */
    record Parsed(SeedAction action, ImportRefusal problem) {
    }

    static Parsed read(String file, int recordIndex, String parcelId, int index, JsonNode node) {
        String name = node.path("action").asText(null);
        if (!node.isObject() || name == null) {
            return problem(file, parcelId, recordIndex, index, String.valueOf(name),
                    "an action is an object with an \"action\" name");
        }
        ActionKind kind = ActionKind.byJsonName(name).orElse(null);
        if (kind == null) {
            return problem(file, parcelId, recordIndex, index, name, "unknown action \"" + name + "\"");
        }
        try {
            ObjectNode body = ((ObjectNode) node).deepCopy();
            body.remove(ActionKind.META_KEYS);
            if (kind == ActionKind.NOTICE_DELIVERY && parcelId != null && body.path("noticeNo").isTextual()
                    && !body.get("noticeNo").asText().startsWith(parcelId + "-")) {
                // "CJ-01" is short for the parcel's own "1305302023B00003-CJ-01"
                body.put("noticeNo", parcelId + "-" + body.get("noticeNo").asText());
            }
            LocalDate day = node.hasNonNull("on") ? LocalDate.parse(node.get("on").asText())
                    : kind.dateField() != null && body.hasNonNull(kind.dateField())
                    ? LocalDate.parse(body.get(kind.dateField()).asText()) : null;
            if (day == null) {
                return problem(file, parcelId, recordIndex, index, name, kind.dateField() == null
                        ? "a " + name + " needs \"on\": the business day it was made"
                        : "a " + name + " needs " + kind.dateField() + " (or \"on\")");
            }
            if (kind.dayOfActionField() != null && !body.hasNonNull(kind.dayOfActionField())) {
                // an action is done on its day: left to the command, the date would be "today", which for history
                // entered later is the import's day (a 2023 breach found on 2025-12-31, its notice delivered before it)
                body.put(kind.dayOfActionField(), day.toString());
            }
            ObjectNode requestBody = body.deepCopy();
            requestBody.remove(kind.pathFields());
            Object request = SeedJson.STRICT.treeToValue(requestBody, kind.requestType());
            ObjectNode commandBody = body.deepCopy();
            commandBody.put("parcelId", parcelId);
            if (kind.namesPhotos()) {
                // photos are named by hash, as in the REST body; the import resolves them in the evidence store when
                // it sends the command (ImportPhotos), as the endpoint does
                commandBody.remove("photos");
            }
            Object command = SeedJson.STRICT.treeToValue(commandBody, kind.commandType());
            return new Parsed(new SeedAction(index, kind, day, request, command,
                    node.path("expectRefused").asText(null), node.path("comment").asText(null)), null);
        } catch (JsonProcessingException e) {
            return problem(file, parcelId, recordIndex, index, name, "unreadable " + name + ": " + e.getOriginalMessage());
        } catch (DateTimeParseException e) {
            return problem(file, parcelId, recordIndex, index, name, "\"on\" is not a date (YYYY-MM-DD)");
        }
    }

    private static Parsed problem(String file, String parcelId, int recordIndex, int index, String name, String reason) {
        return new Parsed(null, new ImportRefusal(file, parcelId, recordIndex, index, name, null, "MALFORMED_RECORD", reason));
    }
}

package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A record or action the import could not apply, and why: the refusal code is the one the REST API would have
 * answered with ({@code INVALID_CONTRACT_TERMS}, {@code DUPLICATE_PARCEL}, {@code RULE_VIOLATION},
 * {@code ILLEGAL_STATE}, {@code INVALID_INPUT}, {@code VALIDATION_FAILED}, …) or {@code MALFORMED_RECORD} for
 * a record the file does not spell correctly.
 *
 * @param recordIndex the record's place in its file (from 0)
 * @param actionIndex the action's place in the record's actions (from 0); null for the registration
 * @param action      {@code registration} or the action's name ({@code payment}, {@code idle-disposal}…)
 * @param on          the business day it was to be applied on
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportRefusal(String file, String parcelId, int recordIndex, Integer actionIndex, String action,
                           LocalDate on, String code, String reason) {

    public static final String REGISTRATION = "registration";

    static ImportRefusal ofRecord(String file, String parcelId, int recordIndex, LocalDate on, String code, String reason) {
        return new ImportRefusal(file, parcelId, recordIndex, null, REGISTRATION, on, code, reason);
    }
}

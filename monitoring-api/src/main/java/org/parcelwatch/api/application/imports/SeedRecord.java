package org.parcelwatch.api.application.imports;

import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;

/**
 * One supply of a seed file: its registration (the DESIGN §4 body) and what happened to it afterwards.
 *
 * @param index         its place in the file's records (from 0)
 * @param day           the business day it is registered on: {@code registeredOn}, else {@code signedOn}
 * @param expectRefused for a deliberately bad record, the refusal code the registration must get
 * @param paths         the supervision paths the record walks (e.g. {@code LATE_PAYMENT}), for the reader
 */
public record SeedRecord(String file, int index, String parcelId, RegisterParcelRequest registration, LocalDate day,
                         List<SeedAction> actions, String expectRefused, List<String> paths, String comment) {

    public SeedRecord {
        actions = List.copyOf(actions);
        paths = List.copyOf(paths);
    }
}

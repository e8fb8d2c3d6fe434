package org.parcelwatch.monitoring.parcel;

import java.util.Optional;

/** Why a {@link Rule} refuses its subject: the stable code the API answers with, and the reason in words. */
public record Refusal(RuleCode code, String reason) {

    public static Optional<Refusal> when(boolean refused, RuleCode code, String reason) {
        return refused ? Optional.of(new Refusal(code, reason)) : Optional.empty();
    }

    public ParcelRuleException toException() {
        return new ParcelRuleException(code, reason);
    }
}

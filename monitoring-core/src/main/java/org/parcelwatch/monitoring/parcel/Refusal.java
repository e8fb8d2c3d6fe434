package org.parcelwatch.monitoring.parcel;

import java.util.List;
import java.util.Optional;

/** Why a rule refuses a command; the first refusal of a policy's list is the one the desk sees. */
public record Refusal(RuleCode code, String reason) {

    public static Optional<Refusal> when(boolean refused, RuleCode code, String reason) {
        return refused ? Optional.of(new Refusal(code, reason)) : Optional.empty();
    }

    public ParcelRuleException toException() {
        return new ParcelRuleException(code, reason);
    }

    /** Throws the first refusal among the checks; returns normally when every rule holds. */
    public static void enforce(List<Optional<Refusal>> checks) {
        checks.stream().flatMap(Optional::stream).findFirst().ifPresent(refusal -> {
            throw refusal.toException();
        });
    }
}

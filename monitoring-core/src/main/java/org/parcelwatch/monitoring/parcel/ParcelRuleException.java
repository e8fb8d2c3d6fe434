package org.parcelwatch.monitoring.parcel;

import java.util.List;

/**
 * A command the parcel refuses. Thrown before anything is applied, so a refused command emits no event.
 * {@code violations} lists each broken term where there are several (registration).
 */
public class ParcelRuleException extends RuntimeException {

    private final RuleCode code;
    private final List<String> violations;

    public ParcelRuleException(RuleCode code, String message) {
        this(code, message, List.of());
    }

    public ParcelRuleException(RuleCode code, String message, List<String> violations) {
        super(message);
        this.code = code;
        this.violations = List.copyOf(violations);
    }

    public RuleCode code() {
        return code;
    }

    public List<String> violations() {
        return violations;
    }

    public static ParcelRuleException illegalState(String message) {
        return new ParcelRuleException(RuleCode.ILLEGAL_STATE, message);
    }

    public static ParcelRuleException ruleViolation(String message) {
        return new ParcelRuleException(RuleCode.RULE_VIOLATION, message);
    }

    public static ParcelRuleException invalidInput(String message) {
        return new ParcelRuleException(RuleCode.INVALID_INPUT, message);
    }
}

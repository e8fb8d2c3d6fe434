package org.parcelwatch.monitoring.parcel;

import java.util.List;
import java.util.Optional;

/**
 * One business rule about a subject (a command with what it is judged against): it refuses the subject,
 * with a code and a reason, or lets it pass. Each rule is a named value and a policy composes its rules in
 * one list, in the order a refusal should be heard (as {@code PlacingOnHoldPolicy} in ddd-by-examples/library).
 * The rules only answer; what a refusal does is up to whoever applies the list: the first refusal stops a
 * command ({@link #enforce}), a registration hears of all of them at once ({@link #allRefusals}), and the
 * payment-schedule policy keeps them as warnings.
 *
 * @param <T> what the rule looks at
 */
@FunctionalInterface
public interface Rule<T> {

    /** The refusal when the rule is broken, empty when it holds. */
    Optional<Refusal> check(T subject);

    /**
     * The refusal of the first rule in the list that is broken. The rules after it are not asked, so a rule
     * may rely on the ones before it (a date rule on the state rule that makes the date exist).
     */
    static <T> Optional<Refusal> firstRefusal(List<? extends Rule<? super T>> rules, T subject) {
        return rules.stream().map(rule -> rule.check(subject)).flatMap(Optional::stream).findFirst();
    }

    /** The refusals of every broken rule, in the order of the list. */
    static <T> List<Refusal> allRefusals(List<? extends Rule<? super T>> rules, T subject) {
        return rules.stream().map(rule -> rule.check(subject)).flatMap(Optional::stream).toList();
    }

    /** Throws the first refusal as a {@link ParcelRuleException}; returns normally when every rule holds. */
    static <T> void enforce(List<? extends Rule<? super T>> rules, T subject) {
        firstRefusal(rules, subject).ifPresent(refusal -> {
            throw refusal.toException();
        });
    }
}

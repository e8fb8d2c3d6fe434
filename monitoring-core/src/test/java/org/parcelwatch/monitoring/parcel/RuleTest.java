package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTest {

    private static final Rule<Integer> POSITIVE = n -> Refusal.when(n <= 0, RuleCode.INVALID_INPUT, n + " is not positive");
    private static final Rule<Integer> EVEN = n -> Refusal.when(n % 2 != 0, RuleCode.RULE_VIOLATION, n + " is odd");
    private static final Rule<Integer> SMALL = n -> Refusal.when(n > 10, RuleCode.RULE_VIOLATION, n + " is over 10");
    private static final List<Rule<Integer>> ALL = List.of(POSITIVE, EVEN, SMALL);

    @Test
    void aRuleAnswersWithItsRefusalOrNothing() {
        assertThat(EVEN.check(3)).contains(new Refusal(RuleCode.RULE_VIOLATION, "3 is odd"));
        assertThat(EVEN.check(4)).isEmpty();
    }

    @Test
    void theFirstRefusalIsTheOneOfTheEarliestBrokenRuleInTheList() {
        assertThat(Rule.firstRefusal(ALL, -3)).contains(new Refusal(RuleCode.INVALID_INPUT, "-3 is not positive"));
        assertThat(Rule.firstRefusal(ALL, 13)).contains(new Refusal(RuleCode.RULE_VIOLATION, "13 is odd"));
        assertThat(Rule.firstRefusal(ALL, 12)).contains(new Refusal(RuleCode.RULE_VIOLATION, "12 is over 10"));
        assertThat(Rule.firstRefusal(ALL, 4)).isEmpty();
    }

    @Test
    void theRulesAfterTheFirstRefusalAreNotAsked() {
        List<String> asked = new ArrayList<>();
        Rule<String> present = s -> {
            asked.add("present");
            return Refusal.when(s == null, RuleCode.INVALID_INPUT, "missing");
        };
        Rule<String> notBlank = s -> {
            asked.add("notBlank");
            return Refusal.when(s.isBlank(), RuleCode.INVALID_INPUT, "blank");
        };
        assertThat(Rule.firstRefusal(List.of(present, notBlank), null)).map(Refusal::reason).contains("missing");
        assertThat(asked).containsExactly("present");
    }

    @Test
    void allRefusalsInTheOrderOfTheList() {
        assertThat(Rule.allRefusals(ALL, -3)).extracting(Refusal::reason).containsExactly("-3 is not positive", "-3 is odd");
        assertThat(Rule.allRefusals(ALL, 13)).extracting(Refusal::reason).containsExactly("13 is odd", "13 is over 10");
        assertThat(Rule.allRefusals(ALL, 4)).isEmpty();
        assertThat(Rule.allRefusals(List.<Rule<Integer>>of(), 4)).isEmpty();
    }

    @Test
    void enforceThrowsTheFirstRefusalWithItsCode() {
        assertThatThrownBy(() -> Rule.enforce(ALL, 13))
                .isInstanceOfSatisfying(ParcelRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo(RuleCode.RULE_VIOLATION);
                    assertThat(e.getMessage()).isEqualTo("13 is odd");
                    assertThat(e.violations()).isEmpty();
                });
        assertThatCode(() -> Rule.enforce(ALL, 4)).doesNotThrowAnyException();
    }

    @Test
    void aRuleOfAWiderSubjectServesInANarrowerList() {
        Rule<Number> notZero = n -> Refusal.when(n.doubleValue() == 0, RuleCode.INVALID_INPUT, "zero");
        List<Rule<Number>> rules = List.of(notZero);
        assertThat(Rule.<Integer>firstRefusal(rules, 0)).map(Refusal::reason).contains("zero");
    }
}

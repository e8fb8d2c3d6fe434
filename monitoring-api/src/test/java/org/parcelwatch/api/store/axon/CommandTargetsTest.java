package org.parcelwatch.api.store.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/** The cached resolver finds the target Axon's annotation resolver finds, for every shape of command. */
class CommandTargetsTest {

    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axon = AnnotationCommandTargetResolver.builder().build();

    record Versioned(@TargetAggregateIdentifier Long number, @TargetAggregateVersion String version) {
    }

    static final class ByMethod {
        private final String id = "by-field-is-second";

        @TargetAggregateIdentifier
        String target() {
            return "P-" + id.length();
        }
    }

    record Untargeted(String parcelId) {
    }

    record NullTarget(@TargetAggregateIdentifier String parcelId) {
    }

    @Test
    void resolvesAsAxonDoes() {
        List<Object> commands = List.of(
                new RecordPayment("1305302024B00017", new BigDecimal("1.00"), LocalDate.parse("2026-11-30"), "R-1"),
                new CheckDuePoints("1305302024B00018", LocalDate.parse("2026-11-30")),
                new Versioned(42L, "7"), new ByMethod(), new Versioned(43L, null));
        for (Object payload : commands) {
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage(payload);
            // twice: the second from the cache
            assertThat(targets.resolveTarget(command)).isEqualTo(axon.resolveTarget(command));
            assertThat(targets.resolveTarget(command)).isEqualTo(axon.resolveTarget(command));
        }
    }

    @Test
    void aCommandWithoutATargetIsRefusedAsAxonRefusesIt() {
        for (Object payload : List.of(new Untargeted("P-1"), new NullTarget(null))) {
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage(payload);
            assertThatThrownBy(() -> targets.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("does not identify the target aggregate");
            assertThatThrownBy(() -> axon.resolveTarget(command)).isInstanceOf(IllegalArgumentException.class);
        }
        CommandMessage<?> badVersion = GenericCommandMessage.asCommandMessage(new Versioned(1L, "seven"));
        assertThatThrownBy(() -> targets.resolveTarget(badVersion)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number");
    }
}

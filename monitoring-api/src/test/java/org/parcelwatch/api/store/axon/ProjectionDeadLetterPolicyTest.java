package org.parcelwatch.api.store.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.junit.jupiter.api.Test;
import org.parcelwatch.projections.IsolatedHandlingFailure;
import org.springframework.dao.DataIntegrityViolationException;

/** Which failures of a projection are dead-lettered and which the processor retries (issue 19 item 1). */
class ProjectionDeadLetterPolicyTest {

    private static final String PARCEL = "1305302024B00017";
    private static final EventMessage<?> EVENT = new GenericDomainEventMessage<>("Parcel", PARCEL, 0, "payload");

    private final ProjectionDeadLetterPolicy policy = new ProjectionDeadLetterPolicy();
    private final DeadLetter<EventMessage<?>> met = new GenericDeadLetter<>(PARCEL, EVENT);

    @Test
    void aFailedBatchIsTheProcessorsToRetryWhicheverEventItMet() {
        RuntimeException batch = new DataIntegrityViolationException("batch", nul());
        assertThatThrownBy(() -> policy.decide(met, batch)).isSameAs(batch);
    }

    @Test
    void anEventThatFailsAloneOnItsDataIsDeadLetteredWithTheDatabasesWords() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(met, alone(false, new DataIntegrityViolationException(
                "PreparedStatementCallback; SQL [update notice set received_by = ?]", batchOf(nul()))));
        assertThat(decision.shouldEnqueue()).isTrue();
        Cause cause = (Cause) decision.enqueueCause().orElseThrow();
        assertThat(cause.type()).isEqualTo(SQLException.class.getName());
        assertThat(cause.message()).isEqualTo("SQLState 22021: ERROR: invalid byte sequence for encoding \"UTF8\": 0x00");
        assertThat(decision.withDiagnostics(met).diagnostics()).containsEntry(ProjectionDeadLetterPolicy.RETRIES, 0);
    }

    @Test
    void aProjectionsOwnExceptionOnAnEventAloneIsDeadLetteredToo() {
        EnqueueDecision<EventMessage<?>> decision = policy.decide(met, alone(false, new IllegalStateException("no such notice")));
        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(((Cause) decision.enqueueCause().orElseThrow()).message()).isEqualTo("no such notice");
    }

    @Test
    void failuresOfTheDatabaseRatherThanOfTheEventAreRetriedNeverDeadLettered() {
        for (Throwable failure : new Throwable[] {
                new SQLException("deadlock detected", "40P01"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                new SQLException("relation \"notice\" does not exist", "42P01"),
                new SQLException("could not obtain lock", "55P03"),
                new SQLTransientConnectionException("pool exhausted"),
                batchOf(new SQLException("I/O error", "08006"))}) {
            IsolatedHandlingFailure alone = alone(false, new RuntimeException("write failed", failure));
            assertThatThrownBy(() -> policy.decide(met, alone)).as(failure.toString()).isSameAs(alone);
        }
    }

    @Test
    void aRetriedDeadLetterThatFailsAgainStaysCountedWhateverTheFailure() {
        DeadLetter<EventMessage<?>> retried = met.withDiagnostics(MetaData.with(ProjectionDeadLetterPolicy.RETRIES, 2));
        for (Throwable failure : new Throwable[] {nul(), new SQLException("deadlock detected", "40P01")}) {
            EnqueueDecision<EventMessage<?>> decision = policy.decide(retried, alone(true, failure));
            assertThat(decision.shouldEnqueue()).isTrue();
            assertThat(ProjectionDeadLetterPolicy.retries(decision.withDiagnostics(retried))).isEqualTo(3);
        }
    }

    @Test
    void theStoredMessageHasNoControlCharactersAndFitsItsColumn() {
        assertThat(ProjectionDeadLetterPolicy.printable("received_by = ('Wang\0Fang')\n\u0085 \uD800 𠀀"))
                .isEqualTo("received_by = ('Wang\uFFFDFang')\n\uFFFD \uFFFD 𠀀");
        assertThat(ProjectionDeadLetterPolicy.printable("x".repeat(5000))).hasSize(ThrowableCause.TRUNCATED_MESSAGE_SIZE);
    }

    private static SQLException nul() {
        return new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00", "22021");
    }

    /** A failed batch as the PostgreSQL driver reports it: the real error is the next exception. */
    private static BatchUpdateException batchOf(SQLException error) {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 update notice ... was aborted", "22021", new int[0]);
        batch.setNextException(error);
        return batch;
    }

    private static IsolatedHandlingFailure alone(boolean deadLetterRetry, Throwable failure) {
        return new IsolatedHandlingFailure("notices", PARCEL, EVENT, deadLetterRetry, failure);
    }
}

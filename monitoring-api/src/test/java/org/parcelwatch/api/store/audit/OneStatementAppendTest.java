package org.parcelwatch.api.store.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL an append is one statement (events and checkpoint, {@link AppendStatements}), so a desk's command runs
 * in no transaction of its own: these show that it does not, and that without one its event and its checkpoint are
 * still written together or not at all.
 */
@PostgresTest
class OneStatementAppendTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    CommandBus commandBus;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    EventStore eventStore;

    private final List<Boolean> inTransaction = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void undo() {
        undo.forEach(Runnable::run);
    }

    @Test
    void aDesksCommandOpensNoTransactionAndJoinsTheCallersWhereThereIsOne() {
        Registration watching = commandBus.registerHandlerInterceptor(recordingTransactions());
        undo.add(watching::cancel);
        String parcelId = SampleParcels.nextParcelId();

        commands.sendAndWait(SampleParcels.registerInHistory(parcelId));
        transactions.executeWithoutResult(tx -> commands.sendAndWait(payment(parcelId, "R-1")));

        assertThat(inTransaction).as("the registration alone, the payment within the caller's transaction")
                .containsExactly(false, true);
        assertThat(eventCount(parcelId)).isEqualTo(2);
        assertThat(head(parcelId)).isEqualTo(1L);
    }

    /** Without a transaction, a checkpoint that cannot be written takes the event with it: they are one statement. */
    @Test
    void anEventIsNotStoredWhenItsCheckpointCannotBeWritten() {
        String parcelId = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(parcelId));
        refuseCheckpointUpdatesOf(parcelId);

        assertThatThrownBy(() -> commands.sendAndWait(payment(parcelId, "R-1")))
                .hasStackTraceContaining("checkpoint refused");

        assertThat(eventCount(parcelId)).as("the payment rolled back with its checkpoint").isEqualTo(1);
        assertThat(head(parcelId)).isZero();
    }

    /** A checkpoint that does not end where the events begin keeps its head; the events are stored (the audit reports it). */
    @Test
    void aCheckpointChangedOutsideTheApplicationKeepsItsHead() {
        String parcelId = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(parcelId));
        jdbc.update("update audit_checkpoint set head_hash = 'changed by hand' where parcel_id = ?", parcelId);

        commands.sendAndWait(payment(parcelId, "R-1"));

        assertThat(eventCount(parcelId)).isEqualTo(2);
        assertThat(head(parcelId)).isZero();
        assertThat(jdbc.queryForObject("select head_hash from audit_checkpoint where parcel_id = ?", String.class, parcelId))
                .isEqualTo("changed by hand");
    }

    /**
     * An append larger than one statement takes (more parameters than PostgreSQL's wire protocol counts) is written in
     * statements within a transaction of its own: whole, or, when one of its rows is refused, not at all.
     */
    @Test
    void anAppendTooLargeForOneStatementIsWrittenInOneTransaction() {
        // streams of no parcel, removed again: the context is shared with other classes, whose audits read every stream
        undo.add(() -> jdbc.update("delete from domain_event_entry where aggregate_identifier like 'bulk-%'"));
        String stream = "bulk-" + UUID.randomUUID();
        int events = AppendStatements.MAX_PARAMETERS / 9 + 10;
        eventStore.publish(events(stream, 0, events));
        assertThat(eventCount(stream)).isEqualTo(events);

        String refused = "bulk-" + UUID.randomUUID();
        List<GenericDomainEventMessage<String>> withDuplicate = new ArrayList<>(events(refused, 0, events));
        withDuplicate.add(new GenericDomainEventMessage<>("Bulk", refused, 5, "again"));
        assertThatThrownBy(() -> eventStore.publish(withDuplicate)).isNotNull();
        assertThat(eventCount(refused)).as("none of the append's rows").isZero();
    }

    private static List<GenericDomainEventMessage<String>> events(String stream, int from, int count) {
        List<GenericDomainEventMessage<String>> events = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            events.add(new GenericDomainEventMessage<>("Bulk", stream, i, "event " + i));
        }
        return events;
    }

    private MessageHandlerInterceptor<CommandMessage<?>> recordingTransactions() {
        return (unitOfWork, chain) -> {
            inTransaction.add(TransactionSynchronizationManager.isActualTransactionActive());
            return chain.proceed();
        };
    }

    private void refuseCheckpointUpdatesOf(String parcelId) {
        jdbc.execute("create or replace function refuse_checkpoint() returns trigger language plpgsql as $$"
                + " begin raise exception 'checkpoint refused'; end $$");
        String trigger = "refuse_" + parcelId.replaceAll("[^A-Za-z0-9]", "_");
        jdbc.execute("create trigger " + trigger + " before update on audit_checkpoint for each row when (old.parcel_id = '"
                + parcelId + "') execute function refuse_checkpoint()");
        undo.add(() -> jdbc.execute("drop trigger " + trigger + " on audit_checkpoint"));
    }

    private static CommandMessage<?> payment(String parcelId, String receipt) {
        return SampleParcels.inHistory(new RecordPayment(parcelId, new BigDecimal("1000.00"), LocalDate.of(2024, 3, 1),
                receipt));
    }

    private long eventCount(String aggregateId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                aggregateId);
    }

    private Long head(String parcelId) {
        Map<String, Object> row = jdbc.queryForMap("select head_sequence from audit_checkpoint where parcel_id = ?", parcelId);
        return (Long) row.get("head_sequence");
    }
}

package org.parcelwatch.projections;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Hands events to a projection as its pooled streaming processor does: a batch is one unit of work holding all of
 * its events, in one transaction, each event passed to the projection's annotated handlers with Axon's own
 * parameter resolution (sequence number, timestamp, unit of work); a reset calls its reset handler in a
 * transaction. What the processor adds (tokens, segments, threads) is not what these tests are about.
 */
public final class EventDelivery {

    private final TransactionManager transactions;
    private final Collection<Object> projections;
    private final Map<Object, AnnotationEventHandlerAdapter> handlers = new ConcurrentHashMap<>();

    /** {@code projections}: every processing group's handler bean, which {@link #toEveryProjection} feeds. */
    EventDelivery(PlatformTransactionManager transactions, Collection<Object> projections) {
        this.transactions = new SpringTransactionManager(transactions);
        this.projections = List.copyOf(projections);
    }

    /** One batch of the processor: the events in order, committed together; a failure fails the test. */
    public void inOneBatch(Object projection, List<? extends EventMessage<?>> events) {
        AnnotationEventHandlerAdapter adapter = adapter(projection);
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(List.copyOf(events));
        unitOfWork.attachTransaction(transactions);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            EventMessage<?> event = unitOfWork.getMessage();
            return adapter.canHandle(event) ? adapter.handle(event) : null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw new IllegalStateException("the batch failed", result.exceptionResult());
        }
    }

    /** Each event in a batch of its own, as live traffic arrives. */
    public void oneByOne(Object projection, List<? extends EventMessage<?>> events) {
        events.forEach(event -> inOneBatch(projection, List.of(event)));
    }

    /** The events in one batch to each projection, as every processor reads the whole event stream. */
    public void toEveryProjection(List<? extends EventMessage<?>> events) {
        projections.forEach(projection -> inOneBatch(projection, events));
    }

    /** Every projection reset, then each parcel's history in one batch to each: a test's parcels from scratch. */
    public void onlyThese(ParcelHistory... histories) {
        resetEveryProjection();
        for (ParcelHistory history : histories) {
            toEveryProjection(history.messages());
        }
    }

    public void resetEveryProjection() {
        projections.forEach(this::reset);
    }

    /** The reset before a replay: the projection empties its tables. */
    public void reset(Object projection) {
        transactions.executeInTransaction(() -> adapter(projection).prepareReset());
    }

    private AnnotationEventHandlerAdapter adapter(Object projection) {
        return handlers.computeIfAbsent(projection, AnnotationEventHandlerAdapter::new);
    }
}

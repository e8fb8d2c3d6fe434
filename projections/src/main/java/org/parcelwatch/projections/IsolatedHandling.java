package org.parcelwatch.projections;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handles an event that may fail <em>alone</em>: in a transaction of its own, its rows written before that
 * transaction commits, so that a failure belongs to that one event and leaves the processor's batch usable.
 *
 * <p>A projection batches its writes ({@link UnitOfWorkBatch}) or lets JPA flush them when the batch commits, so
 * a row that the database refuses (a NUL in a text column, a broken constraint) fails the whole batch, not the event
 * that brought it; and on PostgreSQL the failed statement spoils the batch's transaction for every event after
 * it. So the first failure is the processor's: the batch rolls back, and every parcel it held becomes a
 * <em>suspect</em>. When the processor tries the batch again, each event of a suspect parcel is handled alone,
 * and one that still fails throws {@link IsolatedHandlingFailure}, which the processor's dead-letter policy
 * (monitoring-api {@code store/axon}) can put in the dead-letter queue, the parcel's later events queued behind it.
 * Once a batch commits, its parcels are no longer suspects. A dead letter that is retried is always handled alone.
 *
 * <p>What is handled alone may be handled again (its transaction commits before the batch's, whose rollback makes
 * the processor deliver it anew): the projections take an event delivered twice as once.
 */
public final class IsolatedHandling implements HandlerEnhancerDefinition {

    private static final String ALONE = IsolatedHandling.class.getName() + ".alone";
    private static final String BATCH = IsolatedHandling.class.getName() + ".batch.";
    /** Where Axon's dead-letter processing task keeps the letter it retries, among its unit of work's resources. */
    private static final String DEAD_LETTER = DeadLetter.class.getName();

    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final Set<String> groups;
    /** Per processing group, the sequences (parcels) of batches that failed, until a batch of theirs commits. */
    private final Map<String, Set<Object>> suspects = new ConcurrentHashMap<>();

    /**
     * @param groups the processing groups whose handlers handle suspect events alone
     */
    public IsolatedHandling(ObjectProvider<PlatformTransactionManager> transactions, Collection<String> groups) {
        this.transactions = transactions;
        this.groups = Set.copyOf(groups);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null || !groups.contains(group.value()) || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new Alone<>(original, group.value());
    }

    /** The collections of an event being handled alone, or null when its unit of work handles a batch. */
    static Writes writesAlone(UnitOfWork<?> unitOfWork) {
        return unitOfWork.getResource(ALONE);
    }

    /** The sequences of a group whose events are handled alone for now; for tests and diagnostics. */
    Set<Object> suspects(String group) {
        return suspects.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet());
    }

    /** The sequence an event belongs to, as the processors' sequencing policy sees it: its parcel. */
    static Object sequenceOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    /** What the handlers of an event handled alone collected, written before its transaction commits. */
    static final class Writes {

        private final Map<String, Object> collections = new HashMap<>();
        private final Map<String, Runnable> writes = new LinkedHashMap<>();

        @SuppressWarnings("unchecked")
        <B> B collection(String key, Supplier<B> start, Consumer<B> write) {
            return (B) collections.computeIfAbsent(key, k -> {
                B collection = start.get();
                writes.put(k, () -> write.accept(collection));
                return collection;
            });
        }

        void write() {
            writes.values().forEach(Runnable::run);
        }
    }

    /** The event's handler in a group, handling suspects and retried dead letters alone. */
    private final class Alone<T> extends WrappedMessageHandlingMember<T> {

        private final String group;

        Alone(MessageHandlingMember<T> delegate, String group) {
            super(delegate);
            this.group = group;
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (!(message instanceof EventMessage<?> event) || !CurrentUnitOfWork.isStarted()) {
                return super.handle(message, target);
            }
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            Object sequence = sequenceOf(event);
            boolean deadLetter = unitOfWork.resources().containsKey(DEAD_LETTER);
            if (!deadLetter) {
                batchOf(unitOfWork.root()).add(sequence);
                if (!suspects(group).contains(sequence)) {
                    return super.handle(message, target);
                }
            }
            return alone(message, target, unitOfWork, sequence, deadLetter);
        }

        private Object delegate(Message<?> message, T target) throws Exception {
            return super.handle(message, target);
        }

        private Object alone(Message<?> message, T target, UnitOfWork<?> unitOfWork, Object sequence, boolean deadLetter) {
            Writes writes = new Writes();
            unitOfWork.resources().put(ALONE, writes);
            try {
                return transaction().execute(status -> {
                    try {
                        Object result = delegate(message, target);
                        writes.write();
                        return result;
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } catch (RuntimeException failure) {
                throw new IsolatedHandlingFailure(group, sequence, (EventMessage<?>) message, deadLetter, failure);
            } finally {
                unitOfWork.resources().remove(ALONE);
            }
        }

        /** The sequences the batch of a unit of work brought to this group: suspects if it rolls back. */
        private Set<Object> batchOf(UnitOfWork<?> root) {
            return root.getOrComputeResource(BATCH + group, key -> {
                Set<Object> seen = new java.util.HashSet<>();
                root.onRollback(u -> suspects(group).addAll(seen));
                root.afterCommit(u -> suspects(group).removeAll(seen));
                return seen;
            });
        }

        private TransactionTemplate transaction() {
            TransactionTemplate template = new TransactionTemplate(transactions.getObject());
            template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            return template;
        }
    }
}

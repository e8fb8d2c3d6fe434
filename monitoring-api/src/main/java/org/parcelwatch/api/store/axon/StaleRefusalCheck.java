package org.parcelwatch.api.store.axon;

import java.util.Map;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A refusal decided on a cached parcel stands only if the parcel is still current; otherwise the command
 * failed on a concurrent change. Runs inside the command's transaction, before its rollback.
 */
public record StaleRefusalCheck(EventStore store) implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (Exception refusal) {
            Map<String, Long> loads = unitOfWork.getResource(ParcelRepository.CACHED_LOADS);
            if (loads != null && !(refusal instanceof ConcurrencyException)) {
                for (Map.Entry<String, Long> load : loads.entrySet()) {
                    requireCurrentOrKeep(load.getKey(), load.getValue(), refusal);
                }
            }
            throw refusal;
        }
    }

    private void requireCurrentOrKeep(String parcelId, Long version, Exception refusal) {
        try {
            ParcelRepository.requireCurrent(store, parcelId, version, refusal);
        } catch (ConcurrencyException stale) {
            throw stale;
        } catch (RuntimeException unreadable) {
            // the transaction itself failed (the refusal came from the database): the original answer stands
            refusal.addSuppressed(unreadable);
        }
    }
}

package org.parcelwatch.api.application.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.parcelwatch.api.application.CommandRetry;
import org.parcelwatch.api.store.axon.EventStreamPrefetch;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueCheckResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The checks of one group of parcels: together in one transaction, which saves the round trips to the database that
 * dominate a check (their streams read in one query, their events appended together and committed once), and one by
 * one when that fails, so that one failing parcel costs the others nothing. Each check is still its own
 * {@link CheckDuePoints} command in its own (nested) unit of work.
 */
@Component
class SweepChecks {

    private static final Logger log = LoggerFactory.getLogger(SweepChecks.class);

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final EventStreamPrefetch prefetch;

    SweepChecks(CommandGateway commands, TransactionManager transactions, EventStreamPrefetch prefetch) {
        this.commands = commands;
        this.transactions = transactions;
        this.prefetch = prefetch;
    }

    /**
     * A group of parcels in one transaction; counted only once it is committed. Any failure (a parcel that cannot be
     * checked, a concurrent change found at the append) rolls the whole group back and sends its parcels to
     * {@link #check} one by one: none of the group's checks was stored, so none is lost or doubled.
     *
     * @param cancelled whether the sweep is stopping: the checks not yet started are left to the next sweep
     */
    void checkTogether(List<String> parcelIds, LocalDate asOf, SweepTally tally, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return;
        }
        if (parcelIds.size() > 1) {
            List<DueCheckResult> results = new ArrayList<>(parcelIds.size());
            UnitOfWork<?> group = DefaultUnitOfWork.startAndGet(null);
            try {
                group.attachTransaction(transactions);
                // the group's streams in one read instead of two per parcel
                prefetch.readAhead(parcelIds);
                for (String parcelId : parcelIds) {
                    // handled on this thread in a unit of work nested in the group's, joining its transaction
                    results.add(send(parcelId, asOf));
                }
                group.commit();
                results.forEach(tally::checked);
                return;
            } catch (RuntimeException e) {
                if (group.isActive()) {
                    group.rollback(e);
                }
                log.debug("sweep checks of {} parcels from {} rolled back together; checking them one by one",
                        parcelIds.size(), parcelIds.get(0), e);
            }
        }
        parcelIds.forEach(parcelId -> check(parcelId, asOf, tally, cancelled));
    }

    /** One parcel: a concurrent change (another node's sweep, a desk) is retried; anything else is counted. */
    private void check(String parcelId, LocalDate asOf, SweepTally tally, BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            return;
        }
        try {
            tally.checked(CommandRetry.standard().send("sweep check of " + parcelId, () -> send(parcelId, asOf)));
        } catch (RuntimeException e) {
            log.warn("sweep check of parcel {} as of {} failed: {}", parcelId, asOf, e.toString(), e);
            tally.failed(parcelId);
        }
    }

    private DueCheckResult send(String parcelId, LocalDate asOf) {
        return commands.sendAndWait(new GenericCommandMessage<>(new CheckDuePoints(parcelId, asOf), AuditMetadata.sweep()));
    }
}

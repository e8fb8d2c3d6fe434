package org.parcelwatch.projections;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What a projection collects from one batch of its processor and writes once, when the batch commits: the event
 * handlers only add to the collection, so that the writer can read and write the rows of the whole batch with a few
 * statements instead of a few per event.
 *
 * <p>The collection is a resource of the root unit of work (the processor's batch), started by the batch's first
 * event, and written in that unit of work's prepare-commit phase: inside the batch's transaction, so that the rows
 * and the processor's token commit together. An event handled alone ({@link IsolatedHandling}) gets a collection of
 * its own, written in its own transaction.
 *
 * @param <B> the collection
 */
public final class UnitOfWorkBatch<B> {

    private final String resourceKey;
    private final Supplier<B> start;
    private final Consumer<B> write;

    /**
     * @param owner the projection; one collection per projection and unit of work
     * @param start makes an empty collection
     * @param write writes a batch's collection
     */
    public UnitOfWorkBatch(Class<?> owner, Supplier<B> start, Consumer<B> write) {
        this.resourceKey = owner.getName() + ".batch";
        this.start = start;
        this.write = write;
    }

    /** The collection of the unit of work's batch. */
    public B of(UnitOfWork<?> unitOfWork) {
        IsolatedHandling.Writes alone = IsolatedHandling.writesAlone(unitOfWork);
        if (alone != null) {
            return alone.collection(resourceKey, start, write);
        }
        UnitOfWork<?> root = unitOfWork.root();
        return root.getOrComputeResource(resourceKey, key -> {
            B batch = start.get();
            root.onPrepareCommit(committing -> write.accept(batch));
            return batch;
        });
    }
}

package org.parcelwatch.api.store.audit;

/**
 * A parcel's signed checkpoint as stored in {@code audit_checkpoint}: its head (last sequence and that event's hash)
 * sealed on every append, and, sealed once when the checkpoint was made, the sequence from which its events carry
 * seals (0 for a parcel registered under the keyed chain, the first event after the upgrade for an older one).
 */
public record Checkpoint(String parcelId, long headSequence, String headHash, String headKeyId, String headSeal,
                         long sealedFrom, String sealedFromKeyId, String sealedFromSeal) {
}

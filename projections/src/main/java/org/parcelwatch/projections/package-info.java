/**
 * Query-side projections of the Parcel event stream: pooled streaming event handlers that keep the
 * JPA tables the REST queries, the worklist and the sweep read. Every table here must be rebuildable
 * from the event store alone, so a processor reset is always a safe repair.
 */
package org.parcelwatch.projections;

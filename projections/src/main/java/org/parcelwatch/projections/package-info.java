/**
 * Query-side projections of the Parcel event stream: one pooled streaming processor per processing group
 * ({@link org.parcelwatch.projections.ProjectionProcessing}), each keeping its own tables. Every table here must be
 * rebuildable from the event store alone, so a processor reset is always a safe repair.
 *
 * <p>How the tables are written and read:
 * <ul>
 *   <li>{@code parcel-ledger} (parcel file, ledger, flags, installments, monitoring schedule, ledger counts, the land
 *       users' records of {@link org.parcelwatch.projections.landuser}) and
 *       {@code notices} collect a processor batch ({@link org.parcelwatch.projections.UnitOfWorkBatch}) and write it
 *       with plain JDBC when it commits: existing rows read with chunked {@code IN} lists, each kind of write one
 *       JDBC batch ({@link org.parcelwatch.projections.jdbc}). Entities would cost a read per row, most of a replay's
 *       time.</li>
 *   <li>{@code breach-register} and {@code idle-referrals} are JPA entities that their handlers find, persist and
 *       change through the entity manager, event by event, each as a {@link org.parcelwatch.projections.CaseRegister}.</li>
 *   <li>Reads: the desk's ledger pages, the parcel detail and file, and the sweep's due parcels are plain SQL; the
 *       filtered ledger, the notices, the registers, the worklist and the indicators (summed at query time, never
 *       stored) go through JPA entities, Spring Data repositories and JPQL.</li>
 * </ul>
 * The schema is Flyway's ({@code db/migration/common}, V10 on); Hibernate only validates the entities against it.
 * The entities name a column only where it is not the field's own name: Spring Boot's naming strategy maps every
 * field to its snake_case column ({@code areaSqm} to {@code area_sqm}), the one rule all the tables follow.
 */
package org.parcelwatch.projections;

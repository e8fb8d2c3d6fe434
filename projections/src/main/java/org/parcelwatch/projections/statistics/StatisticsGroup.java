package org.parcelwatch.projections.statistics;

import java.math.BigDecimal;

/**
 * The figures of one group of the statistics (or of all parcels, the total): the group's township, land use and
 * supply method, each null when the statistics are not grouped by it.
 *
 * @param parcelsSupplied    parcels whose contract was signed in the year (供应宗数)
 * @param areaSqm            their area in m²; {@code areaMu} the same in 亩 (1 亩 = 666.67 m², two decimals)
 * @param contractPrice      their contract price (成交价款), yuan
 * @param received           money received in the year on any parcel of the group (实收价款)
 * @param overdueAtYearEnd   installments overdue at the end of the year (or of the asking day in the current year)
 *                           and not paid by then (欠缴价款)
 * @param startsDue          agreed start dates in the year that have passed (terminated and recovered parcels included
 *                           when the date fell before the closure); {@code startsMet} those met on time
 * @param completionsDue     likewise for completion; {@code completionsMet} those met on time
 * @param idleDetermined     idle-land cases determined in the year (认定闲置), with their area in 亩
 * @param idleDisposed       idle-land cases disposed in the year (处置), with their area in 亩
 * @param handedOver         parcels handed over by the year's end and not closed by then
 * @param boardPosted        of those, parcels a patrol found with the information board posted (挂牌施工);
 *                           {@code boardPostedRate} the share, four decimals, null when none was handed over
 * @param useChangeFindings  patrols in the year that found the land used otherwise than agreed (改变用途), and
 *                           {@code useChangeParcels} the parcels concerned
 */
public record StatisticsGroup(String township, String landUse, String landUseName, String supplyMethod,
                              long parcelsSupplied, BigDecimal areaSqm, BigDecimal areaMu, BigDecimal contractPrice,
                              BigDecimal received, BigDecimal overdueAtYearEnd,
                              long startsDue, long startsMet, long completionsDue, long completionsMet,
                              long idleDetermined, BigDecimal idleDeterminedMu, long idleDisposed, BigDecimal idleDisposedMu,
                              long handedOver, long boardPosted, BigDecimal boardPostedRate,
                              long useChangeFindings, long useChangeParcels) {
}

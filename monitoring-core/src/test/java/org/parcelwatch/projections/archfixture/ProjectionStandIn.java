package org.parcelwatch.projections.archfixture;

/** Architecture fixture: stands for a projections type, which is not on this module's classpath at all. */
public final class ProjectionStandIn {
}

package org.parcelwatch.api.archfixture;

/** Architecture fixture: stands for a monitoring-api type, which is not on this module's classpath at all. */
public final class ApiStandIn {
}

package org.parcelwatch.api.archfixture;

/** Architecture fixture: stands for a monitoring-api type, which this module cannot see. */
public final class ApiStandIn {
}

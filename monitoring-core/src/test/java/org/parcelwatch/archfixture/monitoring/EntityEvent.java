package org.parcelwatch.archfixture.monitoring;

import jakarta.persistence.archfixture.EntityStandIn;

/** Architecture fixture: an event that carries a JPA type. */
public record EntityEvent(EntityStandIn row) {
}

package org.parcelwatch.archfixture.monitoring;

import jakarta.servlet.archfixture.ServletStandIn;

/** Architecture fixture: a command that carries a servlet type. */
public record ServletCommand(ServletStandIn request) {
}

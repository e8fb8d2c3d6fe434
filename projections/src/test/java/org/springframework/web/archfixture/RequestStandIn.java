package org.springframework.web.archfixture;

/** Architecture fixture: stands for a Spring web type, which is not on this module's classpath at all. */
public final class RequestStandIn {
}

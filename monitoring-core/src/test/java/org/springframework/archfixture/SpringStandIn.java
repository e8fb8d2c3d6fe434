package org.springframework.archfixture;

/** Architecture fixture: stands for a Spring type, which is not on this module's classpath at all. */
public final class SpringStandIn {
}

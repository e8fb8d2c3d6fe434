package jakarta.persistence.archfixture;

/** Architecture fixture: stands for a JPA type, which is not on this module's classpath at all. */
public final class EntityStandIn {
}

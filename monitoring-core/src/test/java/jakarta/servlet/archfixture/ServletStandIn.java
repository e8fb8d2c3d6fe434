package jakarta.servlet.archfixture;

/** Architecture fixture: stands for a servlet type, which is not on this module's classpath at all. */
public final class ServletStandIn {
}

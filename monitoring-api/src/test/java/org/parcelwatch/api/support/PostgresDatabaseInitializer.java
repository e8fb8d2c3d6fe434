package org.parcelwatch.api.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Gives the application context a fresh {@link PostgresDatabase} and drops it when the context closes.
 *
 * <p>The database is registered as a disposable singleton before any other bean exists, so it is
 * destroyed last: after the connection pool, the event processors and Quartz have let go of it.
 * The test can {@code @Autowired PostgresDatabase} to query it directly.
 *
 * <p>The {@code postgres} profile has no demo users, so the context gets the same five as the embedded default
 * ({@link #TEST_USERS}: desk, patrol, brigade, auditor, admin, each with its name as password and the role of
 * that name) as configured bcrypt users, the way production configures its users.
 */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "postgresDatabase";

    /** Login names, each its own password, each with the role of its name. */
    public static final List<String> TEST_USERS = List.of("desk", "patrol", "brigade", "auditor", "admin");

    /** Cost 4: these hashes guard nothing, and every request of a test checks one. */
    private static final BCryptPasswordEncoder FAST_BCRYPT = new BCryptPasswordEncoder(4);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresDatabase database = PostgresDatabase.create();
        TestPropertyValues.of(database.springProperties()).and(testUsers()).applyTo(context);
        DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
        beanFactory.registerSingleton(BEAN_NAME, database);
        beanFactory.registerDisposableBean(BEAN_NAME, database::close);
    }

    /** {@code parcelwatch.security.users[n].*} for {@link #TEST_USERS}. */
    public static Map<String, String> testUsers() {
        Map<String, String> properties = new LinkedHashMap<>();
        for (int i = 0; i < TEST_USERS.size(); i++) {
            String name = TEST_USERS.get(i);
            String prefix = "parcelwatch.security.users[" + i + "].";
            properties.put(prefix + "name", name);
            properties.put(prefix + "password-hash", FAST_BCRYPT.encode(name));
            properties.put(prefix + "roles", name.toUpperCase(java.util.Locale.ROOT));
        }
        return properties;
    }
}

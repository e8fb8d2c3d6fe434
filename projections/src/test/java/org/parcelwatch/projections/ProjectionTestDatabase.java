package org.parcelwatch.projections;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The database of a {@link ProjectionTest} context, by the system property {@value #PROPERTY}:
 * <ul>
 *   <li>{@code postgresql}: a database of its own on the local server (127.0.0.1:5432, user {@code postgres}, trust;
 *       {@code PARCELWATCH_TEST_PG_HOST}, {@code _PORT}, {@code _USER}, {@code _PASSWORD} point elsewhere), dropped
 *       when the context closes. Named like monitoring-api's test databases ({@code parcelwatch_it_<utc time>_<hex>}),
 *       whose clean-up also drops one a killed run left behind.</li>
 *   <li>{@code h2} (the default): an in-memory H2 in PostgreSQL mode, set up as the embedded default's file database.</li>
 * </ul>
 * The schema is the application's: the projections' migrations on the classpath and monitoring-api's, read from its
 * source folder, common and per vendor, exactly as the application lists them ({@code spring.flyway.locations}).
 */
public class ProjectionTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "parcelwatch.test.database";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, String> properties = new LinkedHashMap<>();
        String apiMigrations = "filesystem:" + apiMigrations();
        properties.put("spring.flyway.locations", String.join(",", "classpath:db/migration/common",
                apiMigrations + "/common", apiMigrations + "/{vendor}"));
        String database = database();
        switch (database) {
            case "h2" -> {
                properties.put("spring.datasource.url", "jdbc:h2:mem:projections_" + suffix()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
                properties.put("spring.datasource.username", "sa");
                properties.put("spring.datasource.password", "");
            }
            case "postgresql" -> {
                Postgres postgres = new Postgres();
                properties.put("spring.datasource.url", postgres.url(postgres.name));
                properties.put("spring.datasource.username", postgres.user);
                properties.put("spring.datasource.password", postgres.password);
                // destroyed last, after the connection pool: it was registered before any other bean
                DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
                beans.registerSingleton("throwAwayPostgresDatabase", postgres);
                beans.registerDisposableBean("throwAwayPostgresDatabase", postgres::drop);
            }
            default -> throw new IllegalArgumentException(PROPERTY + " is h2 or postgresql, not " + database);
        }
        TestPropertyValues.of(properties).applyTo(context);
    }

    /** The database the tests run on: {@code h2} or {@code postgresql}. */
    public static String database() {
        return System.getProperty(PROPERTY, "h2");
    }

    /** monitoring-api's migration folders, beside this module's (the tests run in the module's folder). */
    private static Path apiMigrations() {
        Path folder = Path.of("").toAbsolutePath().resolveSibling("monitoring-api/src/main/resources/db/migration");
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no monitoring-api migrations at " + folder
                    + ": run the projections' tests from their module folder, as Maven does");
        }
        return folder;
    }

    private static String suffix() {
        return Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
    }

    /** A database created now on the local server, dropped by {@link #drop()}. */
    static final class Postgres {

        final String name = "parcelwatch_it_" + LocalDateTime.now(ZoneOffset.UTC).format(STAMP) + "_" + suffix();
        final String user = setting("PARCELWATCH_TEST_PG_USER", "postgres");
        final String password = setting("PARCELWATCH_TEST_PG_PASSWORD", "");
        private final String server = setting("PARCELWATCH_TEST_PG_HOST", "127.0.0.1") + ":"
                + setting("PARCELWATCH_TEST_PG_PORT", "5432");

        Postgres() {
            maintenance("CREATE DATABASE " + name);
        }

        void drop() {
            maintenance("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }

        String url(String database) {
            return "jdbc:postgresql://" + server + "/" + database;
        }

        private void maintenance(String sql) {
            try (Connection admin = DriverManager.getConnection(url("postgres"), user, password);
                 Statement statement = admin.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + server + " as " + user + " refused: " + sql
                        + " (is it running? `bash .ci/run` starts it)", e);
            }
        }

        private static String setting(String key, String fallback) {
            String value = System.getProperty(key, System.getenv(key));
            return value == null ? fallback : value;
        }
    }
}

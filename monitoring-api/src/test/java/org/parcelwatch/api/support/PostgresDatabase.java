package org.parcelwatch.api.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A throw-away PostgreSQL database for one test context: {@code parcelwatch_it_<utc time>_<random>},
 * created through the maintenance database of the local server and dropped on {@link #close()}.
 *
 * <p>The server is the one {@code .ci/run} makes sure of: 127.0.0.1:5432, user {@code postgres}, trust
 * authentication. {@code PARCELWATCH_TEST_PG_HOST}, {@code _PORT}, {@code _USER} and {@code _PASSWORD}
 * (environment or system properties) point it elsewhere.
 *
 * <p>Databases left behind by a killed run are dropped by the next run once they are six hours old;
 * younger ones may belong to a build running in parallel and are left alone.
 */
public final class PostgresDatabase implements AutoCloseable {

    private static final String PREFIX = "parcelwatch_it_";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Duration STALE_AFTER = Duration.ofHours(6);

    /** The test nodes' audit key (Base64 of 32 bytes); it guards nothing. */
    public static final String AUDIT_KEY = "dGVzdC1ub2RlcyBhdWRpdCBrZXksIGd1YXJkcyBub3Ro";

    private final String name;
    private final String host;
    private final String port;
    private final String user;
    private final String password;
    private boolean dropped;

    private PostgresDatabase(String name) {
        this.name = name;
        this.host = setting("PARCELWATCH_TEST_PG_HOST", "127.0.0.1");
        this.port = setting("PARCELWATCH_TEST_PG_PORT", "5432");
        this.user = setting("PARCELWATCH_TEST_PG_USER", "postgres");
        this.password = setting("PARCELWATCH_TEST_PG_PASSWORD", "");
    }

    /** Creates a new, empty database. */
    public static PostgresDatabase create() {
        String stamp = LocalDateTime.now(ZoneOffset.UTC).format(STAMP);
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(0x100000, 0xFFFFFF));
        PostgresDatabase database = new PostgresDatabase(PREFIX + stamp + "_" + suffix);
        try (Connection admin = database.connectTo("postgres"); Statement statement = admin.createStatement()) {
            dropStale(admin);
            statement.execute("CREATE DATABASE " + database.name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on PostgreSQL at " + database.host + ":"
                    + database.port + " as " + database.user + " (is it running? `bash .ci/run` starts it)", e);
        }
        return database;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return urlOf(name);
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * The properties that point an application context at this database: its {@code spring.datasource.*}, and the
     * audit key {@link #AUDIT_KEY}, which the postgres profile requires and all nodes on one database share.
     */
    public Map<String, String> springProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", jdbcUrl());
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("parcelwatch.audit.key", AUDIT_KEY);
        return properties;
    }

    /** A direct connection, for assertions on the stored rows and the catalogue. Close it. */
    public Connection connect() throws SQLException {
        return connectTo(name);
    }

    /** Drops the database, ending whatever sessions are still attached to it. */
    @Override
    public synchronized void close() {
        if (dropped) {
            return;
        }
        try (Connection admin = connectTo("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            dropped = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + name, e);
        }
    }

    private Connection connectTo(String database) throws SQLException {
        return DriverManager.getConnection(urlOf(database), user, password);
    }

    private String urlOf(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    private static void dropStale(Connection admin) throws SQLException {
        List<String> stale = new ArrayList<>();
        try (Statement statement = admin.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minus(STALE_AFTER);
            while (rows.next()) {
                String datname = rows.getString(1);
                String[] parts = datname.substring(PREFIX.length()).split("_");
                try {
                    if (LocalDateTime.parse(parts[0], STAMP).isBefore(cutoff)) {
                        stale.add(datname);
                    }
                } catch (DateTimeParseException ignored) {
                    // not one of ours
                }
            }
        }
        for (String datname : stale) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + datname + " WITH (FORCE)");
            }
        }
    }

    private static String setting(String key, String fallback) {
        String value = System.getProperty(key, System.getenv(key));
        return value == null ? fallback : value;
    }
}

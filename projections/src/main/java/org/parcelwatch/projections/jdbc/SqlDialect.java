package org.parcelwatch.projections.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The databases Parcelwatch runs on: PostgreSQL (the {@code postgres} profile, production) and H2 in PostgreSQL mode
 * (the embedded default). Code whose SQL or settings differ between them asks here instead of reading the driver's
 * metadata itself; a database that is neither is refused rather than taken for one of them.
 */
public enum SqlDialect {

    POSTGRESQL("PostgreSQL"),
    H2("H2");

    /** Per data source, read once: weak keys, so that a closed application context's pool is not kept. */
    private static final Map<DataSource, SqlDialect> KNOWN = Collections.synchronizedMap(new WeakHashMap<>());

    private final String productName;

    SqlDialect(String productName) {
        this.productName = productName;
    }

    /** The data source's database, from its metadata on the first call (a connection borrowed and given back). */
    public static SqlDialect of(DataSource dataSource) {
        SqlDialect known = KNOWN.get(dataSource);
        if (known != null) {
            return known;
        }
        try {
            SqlDialect dialect = ofProduct(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
            KNOWN.put(dataSource, dialect);
            return dialect;
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("cannot tell which database the data source connects to", e);
        }
    }

    /** The connection's database. */
    public static SqlDialect of(Connection connection) throws SQLException {
        return ofProduct(connection.getMetaData().getDatabaseProductName());
    }

    static SqlDialect ofProduct(String productName) {
        for (SqlDialect dialect : values()) {
            if (dialect.productName.equalsIgnoreCase(productName)) {
                return dialect;
            }
        }
        throw new IllegalStateException("Parcelwatch runs on PostgreSQL or H2, not on " + productName);
    }
}

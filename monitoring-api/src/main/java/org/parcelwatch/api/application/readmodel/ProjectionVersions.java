package org.parcelwatch.api.application.readmodel;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a projection's tables hold now, as one comparable value: the stored token of each of its segments and its
 * rebuild's generation and state. A processor writes its rows and its token in one transaction; a rebuild takes a
 * new generation when it is asked for, switches tables and tokens in one transaction and then marks its state; so
 * while this value is the same the tables are the same, on every node. One small read (a row per segment), where reading the tables a page shows costs far more.
 */
@Component
public class ProjectionVersions {

    /** A projection's version: equal versions mean the same table contents. */
    public static final class Version {

        private final byte[] value;

        /** @param value what identifies the tables' contents, copied */
        public Version(byte[] value) {
            this.value = value.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Version version && Arrays.equals(value, version.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return HexFormat.of().formatHex(value);
        }
    }

    private final JdbcTemplate jdbc;
    private final String sql;

    public ProjectionVersions(JdbcTemplate jdbc, TokenSchema tokens) {
        this.jdbc = jdbc;
        this.sql = "select t." + tokens.segmentColumn() + ", t." + tokens.tokenColumn() + ", r.generation, r.state from "
                + tokens.tokenTable() + " t left join projection_replay r on r.projection = t." + tokens.processorNameColumn()
                + " where t." + tokens.processorNameColumn() + " = ? order by t." + tokens.segmentColumn();
    }

    /** The projection's version now; empty while it has no segment (its processor has not started yet). */
    public Optional<Version> of(String projection) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        DataOutputStream out = new DataOutputStream(bytes);
        int segments = jdbc.query(sql, rs -> {
            int rows = 0;
            try {
                while (rs.next()) {
                    rows++;
                    out.writeInt(rs.getInt(1));
                    byte[] token = rs.getBytes(2);
                    out.writeInt(token == null ? -1 : token.length);
                    if (token != null) {
                        out.write(token);
                    }
                    long generation = rs.getLong(3);
                    out.writeLong(rs.wasNull() ? -1 : generation);
                    out.writeUTF(String.valueOf(rs.getString(4)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return rows;
        }, projection);
        return segments == 0 ? Optional.empty() : Optional.of(new Version(bytes.toByteArray()));
    }
}

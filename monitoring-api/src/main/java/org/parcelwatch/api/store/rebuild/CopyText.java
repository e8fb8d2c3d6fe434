package org.parcelwatch.api.store.rebuild;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Rows in PostgreSQL's COPY text format (UTF-8): columns separated by a tab, rows ended by a newline, {@code \N} for
 * NULL, and a backslash, tab, newline or carriage return inside a value escaped with a backslash. Each value is
 * written as the JDBC driver would bind it, so that a COPY stores what the batched inserts store: timestamps in UTC
 * rounded to the microsecond the way the driver rounds them, numerics in plain notation (their scale kept), booleans
 * as {@code t}/{@code f}, enums by name, arrays as array literals. A value of any other type is refused rather than
 * guessed at.
 */
public final class CopyText {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    private final StringBuilder text = new StringBuilder();
    private int rows;

    /** Appends one row, its values in the order of the COPY's column list. */
    public CopyText row(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            if (values[i] == null) {
                text.append("\\N");
            } else {
                escape(literal(values[i]), text);
            }
        }
        text.append('\n');
        rows++;
        return this;
    }

    public int rows() {
        return rows;
    }

    public String text() {
        return text.toString();
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The value as PostgreSQL reads it from text, before COPY's escaping. */
    static String literal(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Number || value instanceof UUID || value instanceof Character) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        if (value instanceof OffsetDateTime t) {
            return TIMESTAMP.format(micros(t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime())) + "+00";
        }
        if (value instanceof Instant t) {
            return TIMESTAMP.format(micros(LocalDateTime.ofInstant(t, ZoneOffset.UTC))) + "+00";
        }
        if (value instanceof LocalDateTime t) {
            return TIMESTAMP.format(micros(t));
        }
        if (value instanceof Object[] array) {
            return array(List.of(array));
        }
        if (value instanceof Collection<?> list) {
            return array(list);
        }
        throw new IllegalArgumentException("no COPY text for a " + value.getClass().getName());
    }

    /** Half a microsecond and more rounds up, as the driver rounds a bound timestamp. */
    private static LocalDateTime micros(LocalDateTime t) {
        return (t.getNano() % 1000 >= 500 ? t.plusNanos(1000) : t).truncatedTo(ChronoUnit.MICROS);
    }

    /** An array literal: every element quoted (so that an empty string, a comma or "NULL" stays text), NULL bare. */
    private static String array(Collection<?> elements) {
        StringBuilder out = new StringBuilder("{");
        for (Object element : elements) {
            if (out.length() > 1) {
                out.append(',');
            }
            if (element == null) {
                out.append("NULL");
                continue;
            }
            out.append('"');
            for (char c : literal(element).toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        }
        return out.append('}').toString();
    }

    /**
     * The value with COPY's escapes. Most values have nothing to escape and are appended whole: appending char by char
     * was 15% of a ledger rebuild's CPU (a parcel file's JSON is long), a loop over the chars to find none still 6%.
     */
    private static void escape(String value, StringBuilder out) {
        // four String.indexOf scans (vectorised by the JIT) cost a seventh of one loop over the chars on 1.2 kB of JSON
        if (value.indexOf('\\') < 0 && value.indexOf('\t') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            out.append(value);
            return;
        }
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                out.append(value, from, i).append('\\').append(switch (c) {
                    case '\t' -> 't';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    default -> '\\';
                });
                from = i + 1;
            }
        }
        out.append(value, from, value.length());
    }
}

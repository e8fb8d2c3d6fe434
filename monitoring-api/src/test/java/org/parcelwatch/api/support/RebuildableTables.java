package org.parcelwatch.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables of the projections a shadow rebuild builds, read so that two copies can be compared column for column:
 * the live ones, the shadows of a rebuild under way, and their indexes (PostgreSQL).
 */
public final class RebuildableTables {

    private final JdbcTemplate jdbc;
    private final List<RebuildableProjection> rebuildable;

    public RebuildableTables(JdbcTemplate jdbc, List<RebuildableProjection> rebuildable) {
        this.jdbc = jdbc;
        this.rebuildable = rebuildable;
    }

    /** Every rebuildable projection's tables in {@code schema}, each row column for column, in one order. */
    public Map<String, List<Map<String, Object>>> in(String schema) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (RebuildableProjection projection : rebuildable) {
            projection.tables().forEach(table -> tables.put(table, rows(schema, table)));
        }
        return tables;
    }

    /** The same, each projection's from its shadow schema. */
    public Map<String, List<Map<String, Object>>> shadows() {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (RebuildableProjection projection : rebuildable) {
            String schema = shadowSchema(projection);
            projection.tables().forEach(table -> tables.put(table, rows(schema, table)));
        }
        return tables;
    }

    private List<Map<String, Object>> rows(String schema, String table) {
        Integer columns = jdbc.queryForObject("select count(*) from information_schema.columns where table_schema = ?"
                + " and table_name = ?", Integer.class, schema, table);
        assertThat(columns).as(schema + "." + table).isPositive();
        StringBuilder order = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
            order.append(i == 1 ? "" : ", ").append(i);
        }
        // a township and stage emptied by a batch keeps its row at 0 in the live table; the count is the same
        String where = table.equals("ledger_count") ? " where parcels <> 0" : "";
        return jdbc.queryForList("select * from " + schema + "." + table + where + " order by " + order);
    }

    /**
     * Each table's storage in {@code schema}: its options (fillfactor) and each column's storage and compression
     * method ({@code l}: lz4, {@code p}: pglz, empty: the server's default), by table and column.
     */
    public List<Map<String, Object>> storage(String schema) {
        List<String> names = rebuildable.stream().flatMap(projection -> projection.tables().stream()).toList();
        return jdbc.queryForList("select c.relname as table_name, array_to_string(c.reloptions, ', ') as options,"
                + " a.attname as column_name, a.attstorage as storage, cast(a.attcompression as text) as compression"
                + " from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped"
                + " where c.relnamespace = cast(? as regnamespace) and c.relname in ('" + String.join("', '", names)
                + "') order by c.relname, a.attname", schema);
    }

    /** The same, each projection's from its shadow schema. */
    public List<Map<String, Object>> shadowStorage() {
        List<Map<String, Object>> storage = new java.util.ArrayList<>();
        for (RebuildableProjection projection : rebuildable) {
            List<String> tables = projection.tables();
            storage.addAll(storage(shadowSchema(projection)).stream()
                    .filter(column -> tables.contains(column.get("table_name"))).toList());
        }
        storage.sort(java.util.Comparator.comparing((Map<String, Object> column) -> (String) column.get("table_name"))
                .thenComparing(column -> (String) column.get("column_name")));
        return storage;
    }

    /** The schema a shadow rebuild of {@code projection} fills. */
    private static String shadowSchema(RebuildableProjection projection) {
        return org.parcelwatch.api.store.rebuild.ShadowTables.schemaOf(projection.group());
    }

    /** The live tables' indexes: names and definitions. */
    public List<Map<String, Object>> indexes() {
        List<String> names = rebuildable.stream().flatMap(projection -> projection.tables().stream()).toList();
        return jdbc.queryForList("select tablename, indexname, regexp_replace(indexdef, ' ON [a-z_]+\\.', ' ON ') as def"
                + " from pg_indexes where schemaname = 'public' and tablename in ('" + String.join("', '", names)
                + "') order by tablename, indexname");
    }
}

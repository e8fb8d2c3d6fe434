package org.parcelwatch.projections;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.parcelwatch.projections.jdbc.InListChunks;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RefoldingRebuild;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A case register's fold fed by a rebuild: a batch of parcels' events folded in memory ({@link CasesInMemory}) by the
 * register's own rules, as its processor applies them to the stored entities, and each case written once. A tail
 * deletes its parcels' cases and folds their whole histories again ({@link RefoldingRebuild}).
 *
 * @param <C> the case entity
 * @param <S> the cases as the register's rules reach them
 */
public final class CaseRebuild<C, S> implements RefoldingRebuild.Fold {

    /**
     * The register's table.
     *
     * @param columns every column of the table (the entity's), in the order of {@code row}'s values
     * @param parcelOf the parcel of a case (its table's column {@code parcel_id})
     */
    public record Table<C>(String name, List<String> columns, Function<C, String> parcelOf, Function<C, Object[]> row) {
    }

    private final EventRules<S> rules;
    private final Function<CasesInMemory<C>, S> inMemory;
    private final Table<C> table;
    private final JdbcTemplate target;
    private final RowInserts inserts;

    private CaseRebuild(EventRules<S> rules, Function<CasesInMemory<C>, S> inMemory, Table<C> table, DataSource target,
                        RowInserts inserts) {
        this.rules = rules;
        this.inMemory = inMemory;
        this.table = table;
        this.target = new JdbcTemplate(target);
        this.inserts = inserts;
    }

    /**
     * The fold into the tables {@code target} reaches.
     *
     * @param inMemory the cases in memory as the rules reach them
     */
    public static <C, S> RebuildFold into(EventRules<S> rules, Function<CasesInMemory<C>, S> inMemory, Table<C> table,
                                          DataSource target, RowInserts inserts, Histories histories) {
        return new RefoldingRebuild(rules::handles, histories, new CaseRebuild<>(rules, inMemory, table, target, inserts));
    }

    @Override
    public void write(Map<String, List<Object>> histories) {
        CasesInMemory<C> memory = new CasesInMemory<>(table.parcelOf());
        S cases = inMemory.apply(memory);
        histories.values().forEach(events -> events.forEach(e -> rules.apply(cases, e)));
        List<Object[]> rows = new ArrayList<>(memory.all().size());
        memory.all().forEach(c -> rows.add(table.row().apply(c)));
        inserts.insert(table.name(), table.columns(), rows);
    }

    @Override
    public void delete(Map<String, List<Object>> parcels) {
        InListChunks.update(target, marks -> "delete from " + table.name() + " where parcel_id in (" + marks + ")", parcels.keySet());
    }
}

package org.parcelwatch.projections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rebuild's cases of a batch of parcels, held in memory while their events are folded ({@link CaseRegister}'s
 * rules, as on the stored entities) and written once afterwards. A parcel's cases are listed newest first as the
 * repositories' queries list the stored ones.
 *
 * @param <C> the case entity
 */
public final class CasesInMemory<C> implements CaseRegister.Cases<C> {

    private final Map<Object, C> byKey = new LinkedHashMap<>();
    private final Map<String, List<C>> byParcel = new LinkedHashMap<>();
    private final Function<C, String> parcelOf;

    /** @param parcelOf the parcel of a case */
    public CasesInMemory(Function<C, String> parcelOf) {
        this.parcelOf = parcelOf;
    }

    @Override
    public C find(Object key) {
        return byKey.get(key);
    }

    @Override
    public void add(Object key, C newCase) {
        byKey.put(key, newCase);
        byParcel.computeIfAbsent(parcelOf.apply(newCase), p -> new ArrayList<>()).add(newCase);
    }

    /** The parcel's cases that {@code which} takes, sorted by {@code newestFirst}. */
    public List<C> of(String parcelId, Predicate<C> which, Comparator<C> newestFirst) {
        return byParcel.getOrDefault(parcelId, List.of()).stream().filter(which).sorted(newestFirst).toList();
    }

    /** Every case, in the order opened. */
    public Collection<C> all() {
        return byKey.values();
    }
}

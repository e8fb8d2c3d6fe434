package org.parcelwatch.projections.landuser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the land users' records: two index ranges by credit code, the land user's parcels in the ledger and their
 * open defaults. Outside a transaction, as the ledger pages: each statement sees its own committed snapshot.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class LandUserRecordQueries {

    private final JdbcTemplate jdbc;

    public LandUserRecordQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The record of the land user of that credit code; empty when no parcel names it. */
    public Optional<LandUserRecord> record(String creditCode) {
        Map<String, List<LandUserDefault>> defaults = new HashMap<>();
        openDefaults(creditCode).forEach(d -> defaults.computeIfAbsent(d.parcelId(), id -> new ArrayList<>()).add(d));
        List<LandUserRecord.Parcel> parcels = new ArrayList<>();
        List<Named> names = new ArrayList<>();
        jdbc.query("select parcel_id, contract_no, project_name, township, location, area_sqm, land_use, stage, signed_on,"
                + " land_user_name from parcel_ledger where credit_code = ? order by parcel_id", rs -> {
                    String parcelId = rs.getString(1);
                    LocalDate signedOn = rs.getObject(9, LocalDate.class);
                    parcels.add(new LandUserRecord.Parcel(parcelId, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBigDecimal(6), rs.getString(7), Stage.valueOf(rs.getString(8)), signedOn,
                            defaults.getOrDefault(parcelId, List.of())));
                    names.add(new Named(rs.getString(10), signedOn, parcelId));
                }, creditCode);
        if (parcels.isEmpty()) {
            return Optional.empty();
        }
        String name = names.stream().max(Named.NEWEST).map(Named::name).orElse(null);
        return Optional.of(new LandUserRecord(creditCode, name, parcels));
    }

    /**
     * The open defaults on the land user's parcels, by parcel, each parcel's in the order the rules list them: what a
     * new supply to that land user is warned of.
     */
    public List<LandUserDefault> openDefaults(String creditCode) {
        List<LandUserDefault> defaults = jdbc.query("select parcel_id, kind, amount, reference_no, arisen_on from "
                        + LandUserDefaultRows.TABLE + " where credit_code = ?",
                (rs, n) -> new LandUserDefault(rs.getString(1), LandUserDefault.Kind.valueOf(rs.getString(2)),
                        rs.getBigDecimal(3), rs.getString(4), rs.getObject(5, LocalDate.class)),
                creditCode);
        return defaults.stream().sorted(Comparator.comparing(LandUserDefault::parcelId)
                .thenComparing(LandUserDefault::kind)).toList();
    }

    /** The name a contract gave the land user, and how new the contract is. */
    private record Named(String name, LocalDate signedOn, String parcelId) {
        static final Comparator<Named> NEWEST = Comparator.comparing(Named::signedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Named::parcelId);
    }
}

package org.parcelwatch.projections.landuser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.LandUserDefault;

/**
 * A land user's record (诚信档案, DESIGN §6.3): every parcel supplied to it, in supervision-number order, each with its
 * open defaults.
 *
 * @param name the land user's name as its newest contract gives it
 */
public record LandUserRecord(String creditCode, String name, List<Parcel> parcels) {

    public LandUserRecord {
        parcels = List.copyOf(parcels);
    }

    /** One parcel of the land user, as the ledger has it, with its open defaults in the order the rules list them. */
    public record Parcel(String parcelId, String contractNo, String projectName, String township, String location,
                         BigDecimal areaSqm, String landUse, Stage stage, LocalDate signedOn,
                         List<LandUserDefault> defaults) {

        public Parcel {
            defaults = List.copyOf(defaults);
        }
    }

    /** How many defaults are open over all its parcels. */
    public int openDefaults() {
        return parcels.stream().mapToInt(p -> p.defaults().size()).sum();
    }
}

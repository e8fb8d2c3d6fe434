package org.parcelwatch.projections.statistics;

import java.util.Optional;

/** What the statistics can be grouped by: the ledger's township, land use (GB/T 21010-2017 code) and supply method. */
public enum StatisticsDimension {

    TOWNSHIP("township", "l.township"),
    LAND_USE("landUse", "l.land_use"),
    SUPPLY_METHOD("supplyMethod", "l.supply_method");

    private final String apiName;
    private final String column;

    StatisticsDimension(String apiName, String column) {
        this.apiName = apiName;
        this.column = column;
    }

    /** The name a request gives ({@code groupBy=township,landUse,supplyMethod}). */
    public String apiName() {
        return apiName;
    }

    String column() {
        return column;
    }

    public static Optional<StatisticsDimension> named(String apiName) {
        for (StatisticsDimension dimension : values()) {
            if (dimension.apiName.equals(apiName)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }
}

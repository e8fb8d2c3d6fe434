package org.parcelwatch.monitoring.registration;

import java.math.BigDecimal;

/** Plot-ratio bounds (容积率) set by the planning conditions. */
public record PlotRatio(BigDecimal min, BigDecimal max) {
}

package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import org.parcelwatch.projections.indicators.IndicatorQueries;
import org.parcelwatch.projections.indicators.Indicators;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervision indicators of seed 002 (DESIGN §4). */
@RestController
@Tag(name = "Worklist and registers")
public class IndicatorController {

    private final IndicatorQueries indicators;
    private final Clock clock;

    public IndicatorController(IndicatorQueries indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Supervision indicators of a year (any role)",
            description = "Collection rate (paid by the due date / due), on-time handover rate (the bureau's own duty), "
                    + "on-time start and completion rates (terminated and recovered parcels included when the date fell due "
                    + "before the closure), idle disposal rate and patrol coverage, each with numerator and denominator; a "
                    + "rate is null when nothing was due. All townships when none is given.")
    public Indicators indicators(@Parameter(description = "the year; this year when absent", example = "2024")
                                 @RequestParam(required = false) @Min(1990) @Max(2200) Integer year,
                                 @Parameter(description = "乡镇, exactly as registered", example = "Xinhe town")
                                 @RequestParam(required = false) @Size(max = 100) String township) {
        LocalDate today = LocalDate.now(clock);
        return indicators.of(year == null ? today.getYear() : year, ParcelQueryController.blankToNull(township), today);
    }
}

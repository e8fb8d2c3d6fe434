package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.api.application.export.ExportFormat;
import org.parcelwatch.api.web.error.InvalidRequestException;
import org.parcelwatch.projections.statistics.Statistics;
import org.parcelwatch.projections.statistics.StatisticsDimension;
import org.parcelwatch.projections.statistics.StatisticsGroup;
import org.parcelwatch.projections.statistics.StatisticsQueries;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The yearly statistics of supplied land for the county's assessments (issue 16), as JSON or as a workbook. */
@RestController
@Tag(name = "Worklist and registers")
public class StatisticsController {

    private final StatisticsQueries statistics;
    private final Downloads downloads;
    private final Clock clock;

    public StatisticsController(StatisticsQueries statistics, Downloads downloads, Clock clock) {
        this.statistics = statistics;
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/statistics", produces = {MediaType.APPLICATION_JSON_VALUE, ExportFormat.XLSX_MEDIA_TYPE,
            ExportFormat.CSV_MEDIA_TYPE})
    @Operation(summary = "Statistics of a year, per group and in total (any role)",
            description = "Per group (township, landUse, supplyMethod, any combination, or none): parcels supplied in the "
                    + "year, their area in m² and 亩 (1 亩 = 666.67 m²) and contract price; money received in the year; "
                    + "installments overdue and unpaid at the year's end (the asking day in the current year); starts and "
                    + "completions due in the year and met on time; idle land determined and disposed in the year (cases "
                    + "and 亩); the share of handed-over parcels a patrol found with the information board posted "
                    + "(挂牌施工); patrols that found a change of use. README, Ledgers out and in, names the assessment "
                    + "indicator each figure answers. An unknown groupBy name or a year outside 1990–2200 is 400 "
                    + "VALIDATION_FAILED." + Downloads.DESCRIPTION)
    @ApiResponse(responseCode = "200", description = "the statistics, as JSON or as a file", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Statistics.class)),
            @Content(mediaType = ExportFormat.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = ExportFormat.CSV_MEDIA_TYPE, schema = @Schema(type = "string"))})
    public ResponseEntity<Statistics> statistics(
            @Parameter(description = "the year; this year when absent", example = "2024")
            @RequestParam(required = false) @Min(1990) @Max(2200) Integer year,
            @Parameter(description = "乡镇, exactly as registered; all townships when absent", example = "Xinhe town")
            @RequestParam(required = false) @Size(max = 100) String township,
            @Parameter(description = "comma-separated: township, landUse, supplyMethod; no groups (the total only) when absent",
                    example = "township,supplyMethod")
            @RequestParam(required = false) @Size(max = 100) String groupBy,
            @Parameter(description = Downloads.FORMAT) @RequestParam(required = false) @Size(max = 8) String format,
            @Parameter(hidden = true) @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            @Parameter(hidden = true) HttpServletResponse response) throws IOException {
        List<StatisticsDimension> dimensions = dimensions(groupBy);
        LocalDate today = LocalDate.now(clock);
        Statistics figures = statistics.of(year == null ? today.getYear() : year, ParcelQueryController.blankToNull(township),
                dimensions, today);
        List<StatisticsGroup> rows = new ArrayList<>(figures.groups());
        if (!dimensions.isEmpty()) {
            rows.add(figures.total());
        }
        return downloads.jsonOrFile(accept, format, StatisticsExport.table(figures), sink -> rows.forEach(sink), response, () -> figures);
    }

    static List<StatisticsDimension> dimensions(String groupBy) {
        List<StatisticsDimension> dimensions = new ArrayList<>();
        if (groupBy == null || groupBy.isBlank()) {
            return dimensions;
        }
        for (String name : groupBy.split(",")) {
            StatisticsDimension dimension = StatisticsDimension.named(name.trim()).orElseThrow(() -> new InvalidRequestException(
                    "groupBy", "'" + name.trim() + "' is not one of township, landUse, supplyMethod"));
            if (!dimensions.contains(dimension)) {
                dimensions.add(dimension);
            }
        }
        return dimensions;
    }
}

package org.parcelwatch.api.web.audit;

import org.parcelwatch.api.application.audit.AuditProblem;
import org.parcelwatch.api.application.audit.HistoryEntry;
import org.parcelwatch.api.application.audit.ParcelHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.parcelwatch.api.application.export.CsvTableWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.parcelwatch.api.web.query.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
// a complaint about an address has a stream of its own (issue 21), read and sealed the same way
@RequestMapping({"/api/v1/parcels/{parcelId}/history", "/api/v1/complaints/{parcelId}/history"})
@Tag(name = "Audit", description = "Histories, as-of states, integrity and duty compliance (AUDITOR, ADMIN)")
public class HistoryController {

    static final int MAX_PAGE_SIZE = 500;

    private final ParcelHistory history;

    public HistoryController(ParcelHistory history) {
        this.history = history;
    }

    /** A page of the parcel's history. */
    public record HistoryPage(String parcelId, int page, int size, long totalEvents, List<HistoryEntry> events) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every event of a parcel, in order",
            description = "Sequence, type, readable payload, recorded-at instant, actor and role, source (REST, SWEEP, "
                    + "IMPORT, WORKBENCH), correlation id and the hash chain. Read from the event store from sequence 0, never "
                    + "from a snapshot. Paged by sequence; `format=csv` exports the whole history as CSV.")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "a page of the history; "
            + "with format=json all of it as an array, with format=csv all of it as CSV", content = {
            @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = HistoryPage.class)),
            @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    public HistoryPage json(@PathVariable String parcelId,
                            @Parameter(description = "page, from 0") @RequestParam(defaultValue = "0")
                            @Min(0) @Max(Paging.MAX_PAGE) int page,
                            @Parameter(description = "events per page, at most " + MAX_PAGE_SIZE)
                            @RequestParam(defaultValue = "100") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        long total = requireParcel(parcelId);
        List<HistoryEntry> events = history.read(parcelId, (long) page * size, size).stream().map(HistoryEntry::of).toList();
        return new HistoryPage(parcelId, page, size, total, events);
    }

    @GetMapping(params = "format=json", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<HistoryEntry> jsonExport(@PathVariable String parcelId, HttpServletResponse response) {
        requireParcel(parcelId);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + parcelId + "-history.json\"");
        return history.readAll(parcelId).stream().map(HistoryEntry::of).toList();
    }

    @GetMapping(params = "format=csv", produces = "text/csv")
    public void csv(@PathVariable String parcelId, HttpServletResponse response) throws IOException {
        requireParcel(parcelId);
        response.setContentType("text/csv;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + parcelId + "-history.csv\"");
        PrintWriter out = response.getWriter();
        out.print(CsvTableWriter.BYTE_ORDER_MARK); // Excel on a Chinese Windows reads a CSV without it as GBK
        out.println("sequence,type,recordedAt,actor,role,source,correlationId,hash,previousHash,payload");
        for (HistoryEntry e : history.readAll(parcelId).stream().map(HistoryEntry::of).toList()) {
            out.println(String.join(",", Long.toString(e.sequence()), cell(e.type()), cell(String.valueOf(e.recordedAt())),
                    cell(e.actor()), cell(e.role()), cell(e.source()), cell(e.correlationId()), cell(e.hash()),
                    cell(e.previousHash()), cell(e.payload().toString())));
        }
        out.flush();
    }

    private long requireParcel(String parcelId) {
        long total = history.count(parcelId);
        if (total == 0) {
            throw AuditProblem.parcelNotFound(parcelId);
        }
        return total;
    }

    private static String cell(String value) {
        return CsvTableWriter.cell(value);
    }
}

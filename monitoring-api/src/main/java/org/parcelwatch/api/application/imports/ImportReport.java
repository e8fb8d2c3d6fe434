package org.parcelwatch.api.application.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param importId       what identifies the import: the SHA-256 of its file (of its files' hashes, for several);
 *                       importing the same file again resumes it
 * @param records        records read (good and bad)
 * @param accepted       records whose registration was accepted, by this run or an earlier run of the import
 * @param recordsResumed records an earlier run of the import had registered (they are listed in {@code resumedRecords})
 * @param actions        actions read
 * @param actionsApplied actions accepted by the parcel in this run
 * @param actionsResumed actions an earlier run had applied, recognised from their events and not sent again
 * @param refused        every record and action refused, with the code and reason the API would give; a record
 *                       refused at registration has its actions not sent (they are not listed again); a refusal met by
 *                       an earlier run of the import is reported again as it was, not sent again
 * @param skipped        actions not applied because their day lies after the last day simulated
 * @param resumedRecords the records an earlier run of the import had begun: registered, with some of their actions
 * @param from           the first business day the import acted on
 * @param to             the last business day it acted on (and swept)
 * @param today          the business date when it finished
 * @param clockMoved     whether it moved the adjustable clock
 * @param days           business days it visited (applied actions or swept)
 * @param sweptDays      days on which it played the nightly sweep for its parcels (some rule was due)
 * @param checks         the sweep's checks it sent ({@code CheckDuePoints}, one per due parcel and day)
 * @param sweeps         ordinary sweeps it ran (one at the end, for the rest of the database)
 * @param patrolTasksDrawn cross patrols and spot checks of the monthly draws it made, on each first of a month it
 *                       passed with officers on its parcels (as the sweep of that day draws them)
 * @param photos         photos of the files' evidence lists taken in through the evidence service (stored now, or
 *                       found stored: the same bytes are the same photo)
 * @param noticesIssued  notices issued while it ran, per type (rules and actions alike; this run's only)
 * @param timeline       the timeline lines, when asked for
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(List<FileSummary> files, String importId, int records, int accepted, int recordsResumed,
                           int actions, int actionsApplied, int actionsResumed, List<ImportRefusal> refused,
                           List<ImportRefusal> skipped, List<ResumedRecord> resumedRecords, LocalDate from, LocalDate to,
                           LocalDate today, boolean clockMoved, int days, int sweptDays, int checks, int sweeps,
                           int patrolTasksDrawn, int photos,
                           Map<String, Integer> noticesIssued, long durationMs, List<String> timeline) {

    /** One file's share. */
    public record FileSummary(String file, String county, String districtCode, int records, int accepted,
                              int refused) {
    }

    /**
     * A record an earlier run of the import had begun: its registration and {@code actionsResumed} of its actions
     * were found applied; the rest of its actions were sent in this run.
     */
    public record ResumedRecord(String file, String parcelId, int recordIndex, int actionsResumed) {
    }
}

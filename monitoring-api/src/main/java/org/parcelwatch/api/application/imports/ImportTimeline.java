package org.parcelwatch.api.application.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.notice.NoticeIssued;

/**
 * What happened while an import ran, day by day, told as the demo prints it: one {@link TimelineEntry} per stored
 * event the timeline shows, named with the short county name of its seed file and the channel it came through
 * ({@code SWEEP} or {@code IMPORT}), and the notices issued counted by type for the report. It tells of every event
 * stored meanwhile, the import's own and any other writer's, since the rules act on all of them.
 */
final class ImportTimeline {

    private final Map<String, String> countyByCode = new HashMap<>();
    private final boolean keepLines;
    private final Consumer<TimelineEntry> sink;
    private final List<String> lines = new ArrayList<>();
    private final Map<String, Integer> notices = new TreeMap<>();

    /**
     * @param keepLines whether the report gets the lines
     * @param sink      receives each entry as its day is done
     */
    ImportTimeline(List<SeedFile> files, boolean keepLines, Consumer<TimelineEntry> sink) {
        for (SeedFile file : files) {
            if (file.county() != null && file.county().districtCode() != null) {
                countyByCode.put(file.county().districtCode(), shortName(file.county().name()));
            }
        }
        this.keepLines = keepLines;
        this.sink = sink;
    }

    /** The events stored on {@code day}. */
    void tell(LocalDate day, List<? extends EventMessage<?>> stored) {
        for (EventMessage<?> message : stored) {
            Object payload = message.getPayload();
            if (payload instanceof NoticeIssued issued) {
                notices.merge(issued.type().name(), 1, Integer::sum);
            }
            Object source = message.getMetaData().get(AuditMetadata.SOURCE);
            TimelineEntry entry = TimelineEntry.of(day, null, source == null ? null : source.toString(), payload);
            if (entry != null) {
                entry = new TimelineEntry(entry.day(), county(entry.parcelId()), entry.parcelId(), entry.source(),
                        entry.what(), entry.detail());
                if (keepLines) {
                    lines.add(entry.line());
                }
                sink.accept(entry);
            }
        }
    }

    /** The notices issued, per type, in type-name order. */
    Map<String, Integer> notices() {
        return new LinkedHashMap<>(notices);
    }

    /** The lines told, when they are kept; else null (the report leaves them out). */
    List<String> lines() {
        return keepLines ? List.copyOf(lines) : null;
    }

    private String county(String parcelId) {
        return parcelId == null || parcelId.length() < 6 ? "" : countyByCode.getOrDefault(parcelId.substring(0, 6), "");
    }

    /** "Xinhe County" → "Xinhe". */
    static String shortName(String county) {
        if (county == null) {
            return "";
        }
        String name = county.replace(" County", "").trim();
        return name.length() > 8 ? name.substring(0, 8) : name;
    }
}

package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;

/** The import's timeline: one line per event it shows, named by county and channel, and the notices counted. */
class ImportTimelineTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 31);

    private final List<TimelineEntry> told = new ArrayList<>();

    @Test
    void eachNoticeIsToldWithItsCountyAndChannelAndCountedByType() {
        ImportTimeline timeline = new ImportTimeline(List.of(ImportPlanTest.file("xinhe.json", null)), true, told::add);

        timeline.tell(DAY, List.of(notice("1305302024B00001", NoticeType.PAYMENT_URGE, "CJ-01"),
                notice("1305302024B00001", NoticeType.PAYMENT_REMINDER, "TX-01"),
                notice("1301332024B00002", NoticeType.PAYMENT_REMINDER, "TX-01")));

        assertThat(timeline.notices()).containsExactly(entry("PAYMENT_REMINDER", 2), entry("PAYMENT_URGE", 1));
        assertThat(told).extracting(TimelineEntry::county, TimelineEntry::parcelId, TimelineEntry::source, TimelineEntry::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Xinhe", "1305302024B00001", "SWEEP", "PAYMENT_URGE"),
                        org.assertj.core.groups.Tuple.tuple("Xinhe", "1305302024B00001", "SWEEP", "PAYMENT_REMINDER"),
                        org.assertj.core.groups.Tuple.tuple("", "1301332024B00002", "SWEEP", "PAYMENT_REMINDER"));
        assertThat(timeline.lines()).hasSize(3).first().asString()
                .startsWith("2024-01-31  Xinhe     1305302024B00001  sweep   PAYMENT_URGE");
    }

    @Test
    void theLinesAreLeftOutOfTheReportWhenNotAskedFor() {
        ImportTimeline timeline = new ImportTimeline(List.of(), false, told::add);

        timeline.tell(DAY, List.of(notice("1305302024B00001", NoticeType.PAYMENT_REMINDER, "TX-01")));

        assertThat(timeline.lines()).isNull();
        assertThat(told).hasSize(1);
    }

    @Test
    void aCountyIsNamedShort() {
        assertThat(ImportTimeline.shortName("Xinhe County")).isEqualTo("Xinhe");
        assertThat(ImportTimeline.shortName("Zhaoxian Autonomous County")).isEqualTo("Zhaoxian");
        assertThat(ImportTimeline.shortName(null)).isEmpty();
    }

    private static GenericEventMessage<NoticeIssued> notice(String parcelId, NoticeType type, String no) {
        return new GenericEventMessage<>(new NoticeIssued(parcelId, parcelId + "-" + no, type, DAY, DAY.plusDays(30), 1,
                "facts", "liability"), AuditMetadata.sweep());
    }

    private static java.util.Map.Entry<String, Integer> entry(String type, int count) {
        return java.util.Map.entry(type, count);
    }
}

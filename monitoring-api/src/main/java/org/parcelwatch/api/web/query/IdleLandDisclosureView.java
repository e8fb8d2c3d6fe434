package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.registration.LandArea;
import org.parcelwatch.projections.idle.DisclosedIdleLand;
import org.parcelwatch.projections.idle.IdleCaseEntry;

/**
 * The idle land determined in a year, as the bureau publishes it (《闲置土地处置办法》第十条): where it lies, whose it is,
 * its area in m² and 亩, since when and why it lay idle, and how it is disposed of, with the determination and the
 * decision that say so. The disposal's government approval (报本级人民政府批准) joins the list once the disposal
 * records it.
 */
public record IdleLandDisclosureView(
        int year,
        @Schema(example = "亩 = m² × 0.0015 (1 亩 = 10000/15 m² ≈ 666.67 m²), rounded half up to 0.01 亩") String muRounding,
        int count,
        List<Entry> entries) {

    static final String MU_ROUNDING = "亩 = m² × 0.0015 (1 亩 = 10000/15 m² ≈ 666.67 m²), rounded half up to 0.01 亩";

    public record Entry(int no, String parcelId,
                        @Schema(description = "土地坐落: township and location") String location, String township,
                        @Schema(description = "国有建设用地使用权人") String landUserName,
                        BigDecimal areaSqm, @Schema(description = "亩, see muRounding") BigDecimal areaMu,
                        String landUse, String landUseName,
                        @Schema(description = "闲置起始日期") LocalDate idleSince,
                        BreachCause cause, String causeName, GovernmentCause governmentCause, String governmentCauseName,
                        @Schema(description = "闲置土地认定书编号") String determinationNo, LocalDate determinedOn,
                        IdleCaseEntry.Status status,
                        IdleDisposalMethod disposalMethod, String disposalName,
                        @Schema(description = "处置决定书编号") String decisionNo, LocalDate decidedOn, BigDecimal idleFee,
                        @Schema(description = "人民政府批准文号 (报本级人民政府批准); null where the disposal needs none or "
                                + "predates its recording") String approvalNo, LocalDate approvedOn) {
    }

    static IdleLandDisclosureView of(int year, List<DisclosedIdleLand> lands) {
        List<Entry> entries = new ArrayList<>(lands.size());
        for (DisclosedIdleLand l : lands) {
            entries.add(new Entry(entries.size() + 1, l.parcelId(), PrintedText.location(l.township(), l.location()),
                    l.township(), l.landUserName(), l.areaSqm(), LandArea.mu(l.areaSqm()), l.landUse(),
                    IdleLandNames.landUse(l.landUse()), l.idleSince(), l.cause(), IdleLandNames.cause(l.cause()),
                    l.governmentCause(), IdleLandNames.governmentCause(l.governmentCause()), l.determinationNo(),
                    l.determinedOn(), l.status(), l.disposalMethod(), IdleLandNames.disposal(l.disposalMethod()),
                    l.decisionNo(), l.decidedOn(), l.idleFee(), l.approvalNo(), l.approvedOn()));
        }
        return new IdleLandDisclosureView(year, MU_ROUNDING, entries.size(), List.copyOf(entries));
    }
}

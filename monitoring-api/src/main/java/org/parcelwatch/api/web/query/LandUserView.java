package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.LandArea;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.projections.landuser.LandUserRecord;

/** A land user's record (诚信档案, DESIGN §6.3): its parcels, each with its open defaults. */
public record LandUserView(
        @Schema(description = "统一社会信用代码", example = "91130530MA0CX0XU3B") String creditCode,
        @Schema(description = "the name its newest contract gives", example = "Xinhe Bearing Co., Ltd.") String name,
        @Schema(description = "whether any default is open: a new supply is registered with LAND_USER_IN_DEFAULT") boolean inDefault,
        int openDefaults,
        List<ParcelView> parcels) {

    public record ParcelView(String parcelId, String contractNo, String projectName, String township, String location,
                             BigDecimal areaSqm, @Schema(description = "亩 = m² × 0.0015, half up to 0.01") BigDecimal areaMu,
                             String landUse, Stage stage, LocalDate signedOn, List<DefaultView> defaults) {
    }

    /**
     * @param amount      the overdue land price still outstanding, or the idle-land fee imposed
     * @param referenceNo the urge notice, determination, termination decision or recovery decision notice
     */
    public record DefaultView(LandUserDefault.Kind kind, @Schema(example = "拖欠土地出让价款") String title,
                              BigDecimal amount, String referenceNo, LocalDate arisenOn) {
    }

    static LandUserView of(LandUserRecord record) {
        return new LandUserView(record.creditCode(), record.name(), record.openDefaults() > 0, record.openDefaults(),
                record.parcels().stream().map(p -> new ParcelView(p.parcelId(), p.contractNo(), p.projectName(), p.township(),
                        p.location(), p.areaSqm(), LandArea.mu(p.areaSqm()), p.landUse(), p.stage(), p.signedOn(),
                        p.defaults().stream().map(d -> new DefaultView(d.kind(), d.kind().title(), d.amount(),
                                d.referenceNo(), d.arisenOn())).toList())).toList());
    }
}

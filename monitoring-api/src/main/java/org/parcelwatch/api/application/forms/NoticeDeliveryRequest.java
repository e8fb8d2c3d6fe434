package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;

/** 送达回执: the notice reached the land user. */
public record NoticeDeliveryRequest(
        @Schema(example = "2024-06-03") @NotNull @PastOrPresent LocalDate deliveredOn,
        @Schema(example = "Wang Fang (office manager)") @NotBlank @Size(max = 100) @PlainText String receivedBy) {

    public RecordNoticeDelivery toCommand(String parcelId, String noticeNo) {
        return new RecordNoticeDelivery(parcelId, noticeNo, deliveredOn, receivedBy);
    }
}

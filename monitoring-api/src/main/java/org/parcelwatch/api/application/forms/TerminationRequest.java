package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.payment.TerminateContract;

/** The desk's decision to terminate the contract (解除合同), once the right has arisen. */
public record TerminationRequest(
        @Schema(example = "JC-2024-002") @NotBlank @Size(max = 64) @PlainText String decisionNo,
        @Schema(example = "2024-08-15") @NotNull @PastOrPresent LocalDate decidedOn,
        @Schema(example = "price unpaid more than 60 days after the urge notice") @Size(max = 2000) @PlainText(multiLine = true) String reason) {

    public TerminateContract toCommand(String parcelId) {
        return new TerminateContract(parcelId, decisionNo, decidedOn, reason);
    }
}

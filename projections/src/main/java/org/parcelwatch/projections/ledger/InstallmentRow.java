package org.parcelwatch.projections.ledger;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An installment with what was paid by its due date: the collection-rate indicator sums these. */
@Entity
@Table(name = "installment_ledger")
@IdClass(InstallmentRow.Key.class)
public class InstallmentRow {

    public record Key(String parcelId, Integer installmentNo) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private String parcelId;
    @Id
    private Integer installmentNo;
    private LocalDate dueDate;
    private Integer dueYear;
    private String township;
    private BigDecimal amount;
    private BigDecimal paid;
    private BigDecimal paidOnTime;
    private String status;

    protected InstallmentRow() {
    }

    public String getParcelId() {
        return parcelId;
    }

    public Integer getInstallmentNo() {
        return installmentNo;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getPaidOnTime() {
        return paidOnTime;
    }

    public String getStatus() {
        return status;
    }
}

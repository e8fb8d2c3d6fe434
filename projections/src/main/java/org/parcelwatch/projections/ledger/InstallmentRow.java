package org.parcelwatch.projections.ledger;

import jakarta.persistence.Column;
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
    @Column(name = "parcel_id")
    private String parcelId;
    @Id
    @Column(name = "installment_no")
    private Integer installmentNo;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Column(name = "due_year")
    private Integer dueYear;
    private String township;
    private BigDecimal amount;
    private BigDecimal paid;
    @Column(name = "paid_on_time")
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

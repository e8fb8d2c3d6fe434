package org.parcelwatch.projections.ledger;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;

/**
 * 台账: one row per parcel, copied from its fold after every batch ({@link LedgerTables} writes it; this
 * entity only reads it, for the paged and filtered ledger).
 */
@Entity
@org.hibernate.annotations.Immutable
@Table(name = "parcel_ledger")
public class LedgerEntry {

    @Id
    private String parcelId;
    private String contractNo;
    private String parcelCode;
    private String supplyMethod;
    private String projectName;
    private String landUserName;
    private String creditCode;
    private String location;
    private String township;
    /** The land officer (国土员), null until the desk assigns one. */
    private String officer;
    private String districtCode;
    private String landUse;
    private BigDecimal areaSqm;
    private BigDecimal totalPrice;
    private BigDecimal paid;
    private BigDecimal outstanding;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    private LocalDate signedOn;
    private Integer supplyYear;
    private LocalDate agreedHandoverDate;
    private LocalDate actualHandoverDate;
    private LocalDate agreedStartDate;
    private LocalDate actualStartDate;
    private LocalDate agreedCompletionDate;
    private LocalDate actualCompletionDate;
    private String idleStatus;
    private boolean patrolledStartStage;
    private boolean patrolledCompletionStage;
    private LocalDate nextDueOn;
    private Instant updatedAt;
    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "parcel_flag", joinColumns = @JoinColumn(name = "parcel_id"))
    @Column(name = "flag")
    @Enumerated(EnumType.STRING)
    private Set<Flag> flags = new HashSet<>();

    protected LedgerEntry() {
    }

    public String getParcelId() {
        return parcelId;
    }

    public String getContractNo() {
        return contractNo;
    }

    public String getParcelCode() {
        return parcelCode;
    }

    public String getSupplyMethod() {
        return supplyMethod;
    }

    public String getProjectName() {
        return projectName;
    }

    public String getLandUserName() {
        return landUserName;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getLocation() {
        return location;
    }

    public String getTownship() {
        return township;
    }

    public String getOfficer() {
        return officer;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public String getLandUse() {
        return landUse;
    }

    public BigDecimal getAreaSqm() {
        return areaSqm;
    }

    public BigDecimal getTotalPrice() {
        return totalPrice;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getOutstanding() {
        return outstanding;
    }

    public Stage getStage() {
        return stage;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public Integer getSupplyYear() {
        return supplyYear;
    }

    public LocalDate getAgreedHandoverDate() {
        return agreedHandoverDate;
    }

    public LocalDate getActualHandoverDate() {
        return actualHandoverDate;
    }

    public LocalDate getAgreedStartDate() {
        return agreedStartDate;
    }

    public LocalDate getActualStartDate() {
        return actualStartDate;
    }

    public LocalDate getAgreedCompletionDate() {
        return agreedCompletionDate;
    }

    public LocalDate getActualCompletionDate() {
        return actualCompletionDate;
    }

    public String getIdleStatus() {
        return idleStatus;
    }

    public boolean isPatrolledStartStage() {
        return patrolledStartStage;
    }

    public boolean isPatrolledCompletionStage() {
        return patrolledCompletionStage;
    }

    public LocalDate getNextDueOn() {
        return nextDueOn;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The day the parcel was terminated or recovered; null while open. */
    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** Sorted, so that lists and comparisons are stable. */
    public Set<Flag> getFlags() {
        return flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
    }
}

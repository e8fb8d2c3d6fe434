package org.parcelwatch.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parcelwatch.monitoring.parcel.Money;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.registration.Installment;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.PaymentSchedulePolicy;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.RegistrationWarnings;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * The DESIGN §4 sample registration body ({@code 1305302024B00017}, Xinhe bearing plant phase II) as a
 * command and as the event the aggregate records for it, for tests.
 *
 * <pre>
 * RegisterParcel cmd = SampleContract.builder().totalPrice(new BigDecimal("100.00")).build();
 * ParcelRegistered evt = SampleContract.registeredFrom(cmd);
 * </pre>
 */
public final class SampleContract {

    public static final String PARCEL_ID = "1305302024B00017";
    public static final String CREDIT_CODE = "91130530MA0CX0XU3B";
    public static final BigDecimal TOTAL_PRICE = new BigDecimal("12345678.00");
    public static final BigDecimal INSTALLMENT_AMOUNT = new BigDecimal("6172839.00");
    public static final LocalDate SIGNED_ON = LocalDate.of(2024, 2, 1);
    public static final LocalDate FIRST_DUE = LocalDate.of(2024, 3, 1);
    public static final LocalDate SECOND_DUE = LocalDate.of(2024, 5, 10);
    public static final LocalDate AGREED_HANDOVER = LocalDate.of(2024, 4, 1);
    public static final LocalDate AGREED_START = LocalDate.of(2024, 10, 1);
    public static final LocalDate AGREED_COMPLETION = LocalDate.of(2026, 10, 1);

    private SampleContract() {
    }

    /** The sample body as a command. */
    public static RegisterParcel register() {
        return builder().build();
    }

    /** The event the aggregate records for {@link #register()}. */
    public static ParcelRegistered registered() {
        return registeredFrom(register());
    }

    /** A mutable builder preset with the sample body. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Maps a command to the event as the aggregate does: price and amounts to two decimals, installments
     * numbered from 1, the land use as its GB/T 21010-2017 code, penalty rates completed with the statutory defaults, and the
     * registration's warnings ({@link RegistrationWarnings}: none for the sample body).
     */
    public static ParcelRegistered registeredFrom(RegisterParcel c) {
        List<Installment> numbered = PaymentSchedulePolicy.number(c.installments()).stream()
                .map(i -> new Installment(i.no(), i.dueDate(), Money.yuan(i.amount())))
                .toList();
        PenaltyRates rates = c.penaltyRates() == null ? PenaltyRates.statutoryDefaults()
                : c.penaltyRates().orDefaults(PenaltyRates.statutoryDefaults());
        return new ParcelRegistered(c.parcelId(), c.contractNo(), c.parcelCode(), c.supplyMethod(), c.projectName(),
                c.landUser(), c.location(), c.township(), c.districtCode(), c.areaSqm(),
                LandUse.of(c.landUse()).map(LandUse::code).orElse(c.landUse()), c.termYears(),
                c.totalPrice() == null ? null : Money.yuan(c.totalPrice()), c.signedOn(), numbered,
                c.agreedHandoverDate(), c.agreedStartDate(), c.agreedCompletionDate(), c.plotRatio(),
                c.plannedFloorAreaSqm(), c.totalInvestment(), rates, RegistrationWarnings.of(c), c.locationPoint(),
                c.landUserDefaults());
    }

    /** Setters for every {@link RegisterParcel} field, each returning the builder; starts from the sample. */
    public static final class Builder {
        private String parcelId = PARCEL_ID;
        private String contractNo = "XH-CR-2024-017";
        private String parcelCode = "130530105017";
        private SupplyMethod supplyMethod = SupplyMethod.LISTING;
        private String projectName = "Xinhe bearing plant phase II";
        private LandUser landUser = new LandUser("Xinhe Bearing Co., Ltd.", CREDIT_CODE);
        private String location = "east of Xinhe Road";
        private String township = "Xinhe town";
        private String districtCode = "130530";
        private BigDecimal areaSqm = new BigDecimal("26666.70");
        private String landUse = "INDUSTRIAL";
        private Integer termYears = 50;
        private BigDecimal totalPrice = TOTAL_PRICE;
        private LocalDate signedOn = SIGNED_ON;
        private List<InstallmentTerm> installments = new ArrayList<>(List.of(
                new InstallmentTerm(FIRST_DUE, INSTALLMENT_AMOUNT),
                new InstallmentTerm(SECOND_DUE, INSTALLMENT_AMOUNT)));
        private LocalDate agreedHandoverDate = AGREED_HANDOVER;
        private LocalDate agreedStartDate = AGREED_START;
        private LocalDate agreedCompletionDate = AGREED_COMPLETION;
        private PlotRatio plotRatio = new PlotRatio(new BigDecimal("1.0"), new BigDecimal("2.0"));
        private BigDecimal plannedFloorAreaSqm = new BigDecimal("40000.0");
        private BigDecimal totalInvestment = new BigDecimal("80000000.00");
        private PenaltyRates penaltyRates = new PenaltyRates(
                new BigDecimal("0.001"), new BigDecimal("0.0005"), new BigDecimal("0.0005"));

        private Builder() {
        }

        public Builder parcelId(String v) { parcelId = v; return this; }
        public Builder contractNo(String v) { contractNo = v; return this; }
        public Builder parcelCode(String v) { parcelCode = v; return this; }
        public Builder supplyMethod(SupplyMethod v) { supplyMethod = v; return this; }
        public Builder projectName(String v) { projectName = v; return this; }
        public Builder landUser(LandUser v) { landUser = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder township(String v) { township = v; return this; }
        public Builder districtCode(String v) { districtCode = v; return this; }
        public Builder areaSqm(BigDecimal v) { areaSqm = v; return this; }
        public Builder landUse(String v) { landUse = v; return this; }
        public Builder termYears(Integer v) { termYears = v; return this; }
        public Builder totalPrice(BigDecimal v) { totalPrice = v; return this; }
        public Builder signedOn(LocalDate v) { signedOn = v; return this; }
        public Builder installments(List<InstallmentTerm> v) { installments = v == null ? null : new ArrayList<>(v); return this; }
        public Builder installments(InstallmentTerm... v) { installments = new ArrayList<>(Arrays.asList(v)); return this; }
        public Builder agreedHandoverDate(LocalDate v) { agreedHandoverDate = v; return this; }
        public Builder agreedStartDate(LocalDate v) { agreedStartDate = v; return this; }
        public Builder agreedCompletionDate(LocalDate v) { agreedCompletionDate = v; return this; }
        public Builder plotRatio(PlotRatio v) { plotRatio = v; return this; }
        public Builder plannedFloorAreaSqm(BigDecimal v) { plannedFloorAreaSqm = v; return this; }
        public Builder totalInvestment(BigDecimal v) { totalInvestment = v; return this; }
        public Builder penaltyRates(PenaltyRates v) { penaltyRates = v; return this; }

        /** Shorthand: only the credit code of the land user changes. */
        public Builder creditCode(String v) { landUser = new LandUser(landUser == null ? null : landUser.name(), v); return this; }

        public RegisterParcel build() {
            return new RegisterParcel(parcelId, contractNo, parcelCode, supplyMethod, projectName, landUser, location,
                    township, districtCode, areaSqm, landUse, termYears, totalPrice, signedOn, installments,
                    agreedHandoverDate, agreedStartDate, agreedCompletionDate, plotRatio, plannedFloorAreaSqm,
                    totalInvestment, penaltyRates);
        }
    }
}

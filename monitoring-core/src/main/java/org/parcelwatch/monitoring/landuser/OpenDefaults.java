package org.parcelwatch.monitoring.landuser;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.parcel.IdleCase;
import org.parcelwatch.monitoring.parcel.InstallmentLedger;
import org.parcelwatch.monitoring.parcel.Money;
import org.parcelwatch.monitoring.parcel.NoticeRecord;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.registration.LandUserDefault;

/**
 * What of a parcel's history stands against its land user (DESIGN §6.3): each kind of default a named rule over the
 * parcel's fold, composed in {@link #ALL}. Pure, no date: a default is what the events established (an installment
 * the sweep found overdue, a determination, a decision), so the record changes only with a parcel's events and a
 * replay rebuilds it exactly.
 *
 * <p>Closing a parcel replaces its running defaults with the closing one: once the contract is terminated its unpaid
 * price is no longer owed under it, and once the land is recovered the idle case is over. Terminated and recovered
 * stay on the record; they do not expire here (how long they bar a land user is the bureau's decision).
 */
public final class OpenDefaults {

    private OpenDefaults() {
    }

    /** 拖欠土地出让价款: installments the sweep found overdue that are still not paid, as one default of the parcel. */
    public static final Function<ParcelState, Optional<LandUserDefault>> OVERDUE_LAND_PRICE = state -> {
        if (state.isClosed()) {
            return Optional.empty();
        }
        List<InstallmentLedger> overdue = state.installments().stream().filter(InstallmentLedger::isOpenOverdue)
                .sorted(Comparator.comparing(InstallmentLedger::overdueFrom)).toList();
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal outstanding = Money.yuan(overdue.stream().map(InstallmentLedger::outstanding)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        InstallmentLedger first = overdue.get(0);
        return Optional.of(new LandUserDefault(state.parcelId(), LandUserDefault.Kind.OVERDUE_LAND_PRICE, outstanding,
                first.urgeNoticeNo(), first.overdueFrom()));
    };

    /**
     * 因自身原因闲置: idle land determined for the land user's own cause while the case is open. A fee does not close
     * it (the land still lies idle and recovery may follow); a government cause or force majeure is no default.
     */
    public static final Function<ParcelState, Optional<LandUserDefault>> IDLE_FOR_OWN_CAUSE = state -> {
        IdleCase idle = state.idle();
        boolean open = idle.status() == IdleStatus.DETERMINED || idle.status() == IdleStatus.FEE_IMPOSED;
        if (state.isClosed() || !open || idle.cause() != BreachCause.LAND_USER) {
            return Optional.empty();
        }
        return Optional.of(new LandUserDefault(state.parcelId(), LandUserDefault.Kind.IDLE_FOR_OWN_CAUSE, idle.idleFee(),
                idle.determinationNo(), idle.determinedOn()));
    };

    /** 解除出让合同: the bureau terminated the contract (for the land price unpaid). */
    public static final Function<ParcelState, Optional<LandUserDefault>> CONTRACT_TERMINATED = state -> {
        ContractTerminated termination = state.termination();
        return termination == null ? Optional.empty()
                : Optional.of(new LandUserDefault(state.parcelId(), LandUserDefault.Kind.CONTRACT_TERMINATED, null,
                        termination.decisionNo(), termination.decidedOn()));
    };

    /**
     * 无偿收回: the land taken back for the land user's own idleness (Art. 14). Agreed recovery (协议有偿收回) and land
     * exchange (置换土地) also close a parcel, but answer a government cause (Art. 12): no default of the land user.
     */
    public static final Function<ParcelState, Optional<LandUserDefault>> RECOVERED_WITHOUT_COMPENSATION = state -> {
        if (!state.isClosed() || state.idle().lastDisposal() != IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION) {
            return Optional.empty();
        }
        // the decision's own number is not kept in the fold; its notice (收回国有建设用地使用权决定书) is
        String decisionNotice = state.notices().stream().filter(n -> n.type() == NoticeType.RECOVERY_DECISION)
                .map(NoticeRecord::noticeNo).reduce((first, last) -> last).orElse(null);
        LocalDate on = state.idle().disposedOn();
        return Optional.of(new LandUserDefault(state.parcelId(), LandUserDefault.Kind.RECOVERED_WITHOUT_COMPENSATION, null,
                decisionNotice, on));
    };

    /** Every kind, in the order the record lists them. */
    public static final List<Function<ParcelState, Optional<LandUserDefault>>> ALL = List.of(OVERDUE_LAND_PRICE,
            IDLE_FOR_OWN_CAUSE, CONTRACT_TERMINATED, RECOVERED_WITHOUT_COMPENSATION);

    /** The parcel's open defaults; none for a parcel not registered. */
    public static List<LandUserDefault> of(ParcelState state) {
        if (!state.isRegistered()) {
            return List.of();
        }
        return ALL.stream().map(rule -> rule.apply(state)).flatMap(Optional::stream).toList();
    }
}

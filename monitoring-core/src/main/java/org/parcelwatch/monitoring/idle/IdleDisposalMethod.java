package org.parcelwatch.monitoring.idle;

import org.parcelwatch.monitoring.milestone.BreachCause;

/** Disposal of idle land: Art. 12 for government cause or force majeure, Art. 14 for the land user's. */
public enum IdleDisposalMethod {
    /** 征缴土地闲置费 (Art. 14 (1)) */
    IDLE_FEE(true),
    /** 无偿收回 (Art. 14 (2)) */
    RECOVERY_WITHOUT_COMPENSATION(true),
    /** 延长动工开发期限 (Art. 12 (1)) */
    EXTENSION(false),
    /** 调整土地用途、规划条件 (Art. 12 (2)) */
    CHANGE_OF_USE(false),
    /** 安排临时使用 (Art. 12 (3)) */
    TEMPORARY_USE(false),
    /** 协议有偿收回 (Art. 12 (4)) */
    AGREED_RECOVERY(false),
    /** 置换土地 (Art. 12 (5)) */
    LAND_EXCHANGE(false);

    private final boolean forLandUserCause;

    IdleDisposalMethod(boolean forLandUserCause) {
        this.forLandUserCause = forLandUserCause;
    }

    public boolean fits(BreachCause cause) {
        return forLandUserCause == (cause == BreachCause.LAND_USER);
    }

    /** The decision names the parcel's next start and completion dates, which then drive the rules (Art. 12 (1)–(3)). */
    public boolean setsNewDates() {
        return this == EXTENSION || this == CHANGE_OF_USE || this == TEMPORARY_USE;
    }

    /** The land user may ask for a hearing before this decision (听证, DESIGN §6.2): the fee and the recovery. */
    public boolean offersHearing() {
        return forLandUserCause;
    }

    /**
     * The decision needs the approval of the people's government at its level (报本级人民政府批准): every recovery of the
     * land, with or without compensation. Art. 12's other disposals carry their approval when they have one.
     */
    public boolean needsApproval() {
        return this == RECOVERY_WITHOUT_COMPENSATION || this == AGREED_RECOVERY;
    }

    /** The state takes the land back: the parcel's supervision ends. */
    public boolean endsTenure() {
        return this == RECOVERY_WITHOUT_COMPENSATION || this == AGREED_RECOVERY || this == LAND_EXCHANGE;
    }
}

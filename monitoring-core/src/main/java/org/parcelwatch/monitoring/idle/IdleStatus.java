package org.parcelwatch.monitoring.idle;

/**
 * Where an idle-land case stands, and where each step of the case leads from there: the one statement of the
 * lifecycle, followed by the parcel's fold ({@code IdleCase}) and by the projections' referral register.
 *
 * <p>The steps never refuse: a stored event has happened. Whether a step may be taken is decided before its
 * event is applied, by the aggregate's command handlers and {@link DisposalPolicy}.
 */
public enum IdleStatus {
    NONE,
    /** 疑似闲置, awaiting the field officer's verification */
    SUSPECTED,
    /** 移交监察大队, awaiting the determination */
    REFERRED,
    /** 闲置土地认定书 issued, awaiting the disposal */
    DETERMINED,
    /** 征缴土地闲置费: a fee was imposed; recovery may still follow after two years */
    FEE_IMPOSED,
    /** 处置完毕 */
    DISPOSED;

    /** A suspicion opens a new case, whatever became of an earlier one. */
    public IdleStatus after(IdleLandSuspected suspected) {
        return SUSPECTED;
    }

    /** Still idle on site, the suspicion stands until it is referred; not idle, it is cleared and no case is open. */
    public IdleStatus after(IdleLandVerified verified) {
        return verified.stillIdle() ? this : NONE;
    }

    public IdleStatus after(IdleLandReferred referred) {
        return REFERRED;
    }

    public IdleStatus after(IdleLandDetermined determined) {
        return DETERMINED;
    }

    /** The fee keeps the case open, as recovery may follow it; every other disposal closes the case. */
    public IdleStatus after(IdleLandDisposed disposed) {
        return disposed.method() == IdleDisposalMethod.IDLE_FEE ? FEE_IMPOSED : DISPOSED;
    }

    /** A case under way: from the suspicion until it is cleared on site or disposed of. */
    public boolean isOpen() {
        return this != NONE && this != DISPOSED;
    }
}

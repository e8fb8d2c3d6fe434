package org.parcelwatch.monitoring.parcel;

/** Where a supplied parcel stands in its life (供后监管阶段). */
public enum Stage {
    REGISTERED,
    /** 已交地: the information-board stage begins. */
    HANDED_OVER,
    STARTED,
    COMPLETED,
    /** 已收回 (recovered by the state, with or without compensation, or exchanged). */
    RECOVERED,
    /** 合同已解除. */
    TERMINATED;

    public boolean isClosed() {
        return this == RECOVERED || this == TERMINATED;
    }
}

package org.parcelwatch.monitoring.registration;

/** How the land was supplied (供地方式). */
public enum SupplyMethod {
    /** 招标 */
    TENDER,
    /** 拍卖 */
    AUCTION,
    /** 挂牌 */
    LISTING,
    /** 协议 */
    AGREEMENT,
    /** 划拨: an allocation decision (划拨决定书), no installments. */
    ALLOCATION;

    public boolean isAllocation() {
        return this == ALLOCATION;
    }
}

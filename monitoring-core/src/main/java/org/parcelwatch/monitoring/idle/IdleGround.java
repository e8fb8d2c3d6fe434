package org.parcelwatch.monitoring.idle;

/** The two grounds of 《闲置土地处置办法》 Art. 2. */
public enum IdleGround {
    /** 超过约定动工日期满一年未动工 */
    NOT_STARTED,
    /** 已动工但开发面积不足1/3或投资不足25%，中止开发建设满一年 */
    PARTIAL_DEVELOPMENT
}

package org.parcelwatch.monitoring.idle;

/** Where an idle-land case stands. */
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
    DISPOSED
}

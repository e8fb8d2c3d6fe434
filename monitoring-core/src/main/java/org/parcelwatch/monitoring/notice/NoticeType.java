package org.parcelwatch.monitoring.notice;

/** The bureau's notices, each with the short code used in its number (pinyin initials of its Chinese name). */
public enum NoticeType {
    /** 出让金缴纳提醒通知单 */
    PAYMENT_REMINDER("TX", "出让金缴纳提醒通知单"),
    /** 出让金催缴通知单 */
    PAYMENT_URGE("CJ", "出让金催缴通知单"),
    /** 开工提醒 */
    START_REMINDER("KGTX", "开工提醒通知单"),
    /** 开工通知书 */
    START_OVERDUE("KGTZ", "开工通知书"),
    /** 开工建设履约通知单 */
    START_PERFORMANCE("KGLY", "开工建设履约通知单"),
    /** 竣工建设提醒 */
    COMPLETION_REMINDER("JGTX", "竣工建设提醒通知单"),
    /** 竣工履约通知 */
    COMPLETION_PERFORMANCE("JGLY", "竣工履约通知单"),
    /** 闲置土地调查通知书 */
    IDLE_INVESTIGATION("XZDC", "闲置土地调查通知书"),
    /** 闲置土地认定书 */
    IDLE_DETERMINATION("XZRD", "闲置土地认定书"),
    /** 听证告知书: the intended fee or recovery decision and the right to a hearing (DESIGN §6.2) */
    HEARING_RIGHTS("TZGZ", "听证告知书"),
    /** 征缴土地闲置费决定书 */
    IDLE_FEE_DECISION("XZF", "征缴土地闲置费决定书"),
    /** 收回国有建设用地使用权决定书 */
    RECOVERY_DECISION("SH", "收回国有建设用地使用权决定书");

    private final String code;
    private final String title;

    NoticeType(String code, String title) {
        this.code = code;
        this.title = title;
    }

    public String code() {
        return code;
    }

    /** The document's title as printed. */
    public String title() {
        return title;
    }
}

package org.parcelwatch.monitoring.patrol;

/**
 * Why a patrol is due (DESIGN §6.6). The first six are the sweep's (one due rule each, {@code DueRule.PATROL_*}),
 * the cross patrol and spot check the monthly draw's ({@link CrossPatrolDraw}), the complaint the desk's.
 */
public enum PatrolTaskKind {
    /** 开工阶段巡查: once construction has started. */
    START_STAGE,
    /** 竣工阶段巡查: once construction is completed. */
    COMPLETION_STAGE,
    /** 六（二）: the re-patrol the day after a missed start. */
    AFTER_MISSED_START,
    /** 六（二）: the re-patrol the day after a missed completion. */
    AFTER_MISSED_COMPLETION,
    /** 公示牌检查: the information board after handover. */
    BOARD_CHECK,
    /** 日常巡查: started projects, every configured number of days. */
    PERIODIC,
    /** 交叉巡查 (五（三）): an officer of another township. */
    CROSS,
    /** 不定期抽查 (五（三）): an unannounced check by an officer of another township. */
    SPOT_CHECK,
    /** 投诉举报 (三（四）): a complaint to investigate on site. */
    COMPLAINT;

    /** Assigned by a command ({@link AssignPatrolTask}) rather than by the sweep's rules. */
    public boolean isAssignedByCommand() {
        return this == CROSS || this == SPOT_CHECK || this == COMPLAINT;
    }

    /** Done by an officer other than the parcel's own (the point of 五（三）: ruling out deception). */
    public boolean isByAnotherOfficer() {
        return this == CROSS || this == SPOT_CHECK;
    }
}

package org.parcelwatch.monitoring.patrol;

/** The stage a patrol counts for in patrol coverage: each project once in its start and once in its completion stage. */
public enum PatrolStage {
    /** Before the start: the information-board check after handover. */
    PRE_START,
    /** 开工阶段 */
    START,
    /** 竣工阶段 */
    COMPLETION
}

package org.parcelwatch.monitoring.milestone;

/** The contract's dated milestones (约定交地、开工、竣工日期). */
public enum Milestone {
    HANDOVER,
    START,
    COMPLETION
}

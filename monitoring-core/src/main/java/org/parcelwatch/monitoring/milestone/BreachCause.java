package org.parcelwatch.monitoring.milestone;

/** Why a milestone was missed or land lay idle. */
public enum BreachCause {
    /** 用地单位原因 */
    LAND_USER,
    /** 政府原因 (《闲置土地处置办法》 Art. 8) */
    GOVERNMENT,
    /** 不可抗力 (natural disaster and the like) */
    FORCE_MAJEURE;

    /** Government act or force majeure: the land user is not in breach and may be given more time. */
    public boolean excusesLandUser() {
        return this != LAND_USER;
    }
}

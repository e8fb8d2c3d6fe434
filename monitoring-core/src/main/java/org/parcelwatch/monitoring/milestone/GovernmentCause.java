package org.parcelwatch.monitoring.milestone;

/** The government acts of 《闲置土地处置办法》 Art. 8 that excuse a land user. */
public enum GovernmentCause {
    /** 未按照约定的期限、条件将土地交付给国有建设用地使用权人 */
    LAND_NOT_HANDED_OVER_ON_TIME,
    /** 土地利用总体规划、城乡规划依法修改 */
    PLAN_REVISED,
    /** 国家出台相关政策 */
    NEW_NATIONAL_POLICY,
    /** 因处置土地上相关群众信访事项 */
    PETITIONS,
    /** 因军事管制、文物保护 */
    MILITARY_OR_HERITAGE_CONTROL,
    /** 政府、政府有关部门的其他行为 */
    OTHER_GOVERNMENT_ACT
}

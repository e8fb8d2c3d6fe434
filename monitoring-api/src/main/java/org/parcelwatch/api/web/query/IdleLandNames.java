package org.parcelwatch.api.web.query;

import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.registration.LandUse;

/**
 * The Chinese names the published idle-land list gives causes, government acts and disposals, in the words of
 * 《闲置土地处置办法》(Arts. 8, 12 and 14).
 */
final class IdleLandNames {

    private IdleLandNames() {
    }

    static String cause(BreachCause cause) {
        return cause == null ? null : switch (cause) {
            case LAND_USER -> "用地单位原因";
            case GOVERNMENT -> "政府原因";
            case FORCE_MAJEURE -> "不可抗力";
        };
    }

    static String governmentCause(GovernmentCause cause) {
        return cause == null ? null : switch (cause) {
            case LAND_NOT_HANDED_OVER_ON_TIME -> "未按照约定的期限、条件将土地交付给国有建设用地使用权人";
            case PLAN_REVISED -> "土地利用总体规划、城乡规划依法修改";
            case NEW_NATIONAL_POLICY -> "国家出台相关政策";
            case PETITIONS -> "处置土地上相关群众信访事项";
            case MILITARY_OR_HERITAGE_CONTROL -> "军事管制、文物保护";
            case OTHER_GOVERNMENT_ACT -> "政府、政府有关部门的其他行为";
        };
    }

    static String disposal(IdleDisposalMethod method) {
        return method == null ? null : switch (method) {
            case IDLE_FEE -> "征缴土地闲置费";
            case RECOVERY_WITHOUT_COMPENSATION -> "无偿收回国有建设用地使用权";
            case EXTENSION -> "延长动工开发期限";
            case CHANGE_OF_USE -> "调整土地用途、规划条件";
            case TEMPORARY_USE -> "安排临时使用";
            case AGREED_RECOVERY -> "协议有偿收回国有建设用地使用权";
            case LAND_EXCHANGE -> "置换土地";
        };
    }

    /** The GB/T 21010-2017 name of a land-use code (or of a name stored before the codes); null for an unknown one. */
    static String landUse(String code) {
        return LandUse.of(code).map(LandUse::name).orElse(null);
    }
}

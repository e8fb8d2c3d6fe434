package org.parcelwatch.api.web.query;

import java.util.Set;
import java.util.stream.Collectors;
import org.parcelwatch.api.application.imports.LedgerColumns;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.SupplyMethod;
import org.parcelwatch.projections.breach.BreachCase;
import org.parcelwatch.projections.idle.IdleCaseEntry;

/** The Chinese words the exported registers (台账) use for the codes of the JSON answers. */
final class RegisterNames {

    private RegisterNames() {
    }

    static String supplyMethod(String method) {
        if (method == null) {
            return null;
        }
        // the words the ledger import reads back
        return LedgerColumns.supplyMethodWord(SupplyMethod.valueOf(method));
    }

    static String stage(Stage stage) {
        return stage == null ? null : switch (stage) {
            case REGISTERED -> "已登记";
            case HANDED_OVER -> "已交地";
            case STARTED -> "已开工";
            case COMPLETED -> "已竣工";
            case RECOVERED -> "已收回";
            case TERMINATED -> "已解除合同";
        };
    }

    static String flag(Flag flag) {
        return switch (flag) {
            case PAYMENT_OVERDUE -> "欠缴出让金";
            case TERMINATION_RIGHT -> "可解除合同";
            case HANDOVER_OVERDUE -> "逾期未交地";
            case START_MISSED -> "逾期未开工";
            case START_BREACH -> "开工违约";
            case COMPLETION_MISSED -> "逾期未竣工";
            case COMPLETION_BREACH -> "竣工违约";
            case IDLE_SUSPECTED -> "疑似闲置";
            case IDLE_REFERRED -> "闲置已移交";
            case IDLE_DETERMINED -> "认定闲置";
            case RECOVERY_ELIGIBLE -> "可无偿收回";
            case PLOT_RATIO_OUT_OF_RANGE -> "容积率不符";
            case PATROL_REVIEW -> "巡查照片待核";
        };
    }

    /** The open flags, in their declared order, separated by 、. */
    static String flags(Set<Flag> flags) {
        return flags.stream().sorted().map(RegisterNames::flag).collect(Collectors.joining("、"));
    }

    static String milestone(Milestone milestone) {
        return milestone == null ? null : switch (milestone) {
            case HANDOVER -> "交地";
            case START -> "开工";
            case COMPLETION -> "竣工";
        };
    }

    static String breachStatus(BreachCase.Status status) {
        return status == null ? null : switch (status) {
            case AWAITING_FINDING -> "待查明原因";
            case EXCUSED -> "政府原因或不可抗力";
            case BREACH -> "违约";
            case EXTENDED -> "已延期";
            case REACHED -> "已履行";
        };
    }

    static String idleStatus(IdleCaseEntry.Status status) {
        return status == null ? null : switch (status) {
            case SUSPECTED -> "疑似闲置";
            case CLEARED -> "核查不闲置";
            case REFERRED -> "已移交";
            case DETERMINED -> "已认定";
            case FEE_IMPOSED -> "已征缴闲置费";
            case DISPOSED -> "已处置";
        };
    }

    static String ground(IdleGround ground) {
        return ground == null ? null : switch (ground) {
            case NOT_STARTED -> "满一年未动工";
            case PARTIAL_DEVELOPMENT -> "已动工开发面积不足或投资不足且中止满一年";
        };
    }

    static String yesNo(Boolean value) {
        return value == null ? null : value ? "是" : "否";
    }
}

package org.parcelwatch.monitoring.notice;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * The facts and liability each notice states, in the bureau's words. Kept apart from the rules that
 * decide a notice is due so that a county can reword its documents without touching a rule.
 */
public final class NoticeWording {

    private static final DecimalFormat YUAN = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private NoticeWording() {
    }

    public static NoticeDraft paymentReminder(String projectName, int installmentNo, LocalDate dueDate,
                                              BigDecimal outstanding, LocalDate issuedOn) {
        return new NoticeDraft(NoticeType.PAYMENT_REMINDER, issuedOn, dueDate, installmentNo,
                "%s项目第%d期土地出让价款%s元，约定支付日期为%s，请按期缴纳。".formatted(project(projectName), installmentNo,
                        yuan(outstanding), day(dueDate)),
                "逾期未缴纳的，自约定支付日期次日起按合同约定的日比例计收违约金。");
    }

    public static NoticeDraft paymentUrge(String projectName, int installmentNo, LocalDate dueDate,
                                          BigDecimal outstanding, BigDecimal ratePerDay, int terminationAfterDays,
                                          LocalDate issuedOn) {
        return new NoticeDraft(NoticeType.PAYMENT_URGE, issuedOn, dueDate, installmentNo,
                "%s项目第%d期土地出让价款应于%s前缴纳，截至%s尚欠%s元。".formatted(project(projectName), installmentNo, day(dueDate),
                        day(issuedOn), yuan(outstanding)),
                ("自%s起每日按欠缴金额的%s‰向出让人支付违约金；延期付款超过%d日，经出让人催交后仍不能支付的，"
                        + "出让人有权解除合同，受让人无权要求返还定金，出让人并可请求受让人赔偿损失。")
                        .formatted(day(dueDate.plusDays(1)), perMille(ratePerDay), terminationAfterDays));
    }

    public static NoticeDraft startReminder(String projectName, LocalDate agreedStart, LocalDate issuedOn) {
        return new NoticeDraft(NoticeType.START_REMINDER, issuedOn, agreedStart, null,
                "%s项目约定开工日期为%s，请按期开工建设并悬挂信息公示牌。".formatted(project(projectName), day(agreedStart)),
                "不能按期开工的，应提前30日向出让人提出延建申请；未按期开工的，按合同约定承担违约责任。");
    }

    public static NoticeDraft startOverdue(String projectName, LocalDate agreedStart, LocalDate issuedOn) {
        return new NoticeDraft(NoticeType.START_OVERDUE, issuedOn, agreedStart, null,
                "%s项目约定开工日期为%s，截至%s未开工建设。".formatted(project(projectName), day(agreedStart), day(issuedOn)),
                "请立即开工建设，并书面说明未按期开工的原因；属政府原因或不可抗力的，请提交相关证明材料。");
    }

    public static NoticeDraft performance(NoticeType type, String projectName, SupplyMethod supplyMethod,
                                          LocalDate agreedDate, BigDecimal totalPrice, BigDecimal ratePerDay,
                                          LocalDate issuedOn) {
        String what = type == NoticeType.START_PERFORMANCE ? "开工" : "竣工";
        return new NoticeDraft(type, issuedOn, agreedDate, null,
                "%s项目约定%s日期为%s，经核查因用地单位原因未按期%s。".formatted(project(projectName), what, day(agreedDate), what),
                "自%s起每日按%s总额%s元的%s‰支付违约金，直至实际%s之日；案件移交监察大队。"
                        .formatted(day(agreedDate.plusDays(1)), price(supplyMethod), yuan(totalPrice), perMille(ratePerDay),
                                what));
    }

    public static NoticeDraft completionReminder(String projectName, LocalDate agreedCompletion, LocalDate issuedOn) {
        return new NoticeDraft(NoticeType.COMPLETION_REMINDER, issuedOn, agreedCompletion, null,
                "%s项目约定竣工日期为%s，请按期竣工并申请规划验收。".formatted(project(projectName), day(agreedCompletion)),
                "不能按期竣工的，应提前30日向出让人提出延期申请；未按期竣工的，按合同约定承担违约责任。");
    }

    /**
     * 闲置土地调查通知书: the land user answers within {@code answerDays} of receiving it (《闲置土地处置办法》Art. 5), so the
     * notice names no date; the deadline is set when its delivery is recorded ({@link DeliveryDeadline}).
     */
    public static NoticeDraft idleInvestigation(String projectName, LocalDate idleSince, LocalDate issuedOn, int answerDays) {
        return new NoticeDraft(NoticeType.IDLE_INVESTIGATION, issuedOn, null, null,
                "%s项目自%s起涉嫌构成闲置土地，现移交监察大队立案调查。".formatted(project(projectName), day(idleSince)),
                "请自收到本通知书之日起%d日内提交书面说明及相关材料；逾期不提交的，依据现有材料认定。".formatted(answerDays),
                answerDays);
    }

    public static NoticeDraft idleDetermination(String projectName, String determinationNo, LocalDate idleSince,
                                                String cause, LocalDate determinedOn) {
        return new NoticeDraft(NoticeType.IDLE_DETERMINATION, determinedOn, determinedOn, null,
                "经调查，%s项目自%s起构成闲置土地（认定书编号%s），闲置原因：%s。".formatted(project(projectName), day(idleSince),
                        determinationNo, cause),
                "依照《闲置土地处置办法》处置；对征缴土地闲置费或无偿收回决定，用地单位有权要求举行听证。");
    }

    /**
     * 征缴土地闲置费决定书 on the price on record, the grant's 出让价款 or the allocation's 划拨价款 (53号令 Art. 14 (1)):
     * payable within {@code paymentDays} of its delivery ({@link DeliveryDeadline}).
     */
    public static NoticeDraft idleFeeDecision(String projectName, SupplyMethod supplyMethod, BigDecimal fee,
                                              LocalDate decidedOn, int paymentDays) {
        return new NoticeDraft(NoticeType.IDLE_FEE_DECISION, decidedOn, null, null,
                "%s项目土地闲置满一年，按%s的20%%征缴土地闲置费%s元。".formatted(project(projectName), price(supplyMethod),
                        yuan(fee)),
                feeLiability(paymentDays),
                paymentDays);
    }

    private static String feeLiability(int paymentDays) {
        return "请自收到本决定书之日起%d日内缴纳；闲置满两年的，依法无偿收回国有建设用地使用权。".formatted(paymentDays)
                + remedies("本决定书");
    }

    /**
     * The remedies against a decision (《行政复议法》Art. 20: 60 days; 《行政诉讼法》Art. 46: 6 months), stated on every
     * decision the land user may contest.
     */
    static String remedies(String document) {
        return "如不服，可自收到%s之日起60日内依法申请行政复议，或者自收到%s之日起6个月内依法向人民法院提起行政诉讼。"
                .formatted(document, document);
    }

    /**
     * 听证告知书: the decision the brigade intends and the land user's right to ask for a hearing within
     * {@code requestWorkingDays} working days of the notice's delivery (《国土资源听证规定》Art. 21); the last day is set
     * when the delivery is recorded.
     */
    public static NoticeDraft hearingRights(String projectName, String decision, LocalDate issuedOn, int requestWorkingDays) {
        return new NoticeDraft(NoticeType.HEARING_RIGHTS, issuedOn, null, null,
                "%s项目经认定构成闲置土地，拟作出%s。".formatted(project(projectName), decision),
                ("你单位有权要求举行听证；要求听证的，请自收到本告知书之日起%d个工作日内书面提出，逾期未提出的，视为放弃听证。"
                        + "决定作出后，").formatted(requestWorkingDays) + remedies("决定书"));
    }

    /**
     * The fee decision on an allocation recorded at price 0: the fee is reckoned on the assessed price the decision
     * names; payable within {@code paymentDays} of its delivery, as every fee decision.
     */
    public static NoticeDraft idleFeeDecisionOnAssessedPrice(String projectName, BigDecimal assessedPrice, BigDecimal fee,
                                                             LocalDate decidedOn, int paymentDays) {
        return new NoticeDraft(NoticeType.IDLE_FEE_DECISION, decidedOn, null, null,
                "%s项目土地闲置满一年，按划拨土地评估价款%s元的20%%征缴土地闲置费%s元。".formatted(project(projectName),
                        yuan(assessedPrice), yuan(fee)),
                feeLiability(paymentDays),
                paymentDays);
    }

    /**
     * 收回国有建设用地使用权决定书, approved by the people's government ({@code approvalNo} of {@code approvedOn}, 报本级人民政府
     * 批准), with the remedies against it.
     */
    public static NoticeDraft recoveryDecision(String projectName, LocalDate idleSince, LocalDate decidedOn,
                                               String approvalNo, LocalDate approvedOn) {
        return new NoticeDraft(NoticeType.RECOVERY_DECISION, decidedOn, decidedOn, null,
                "%s项目自%s起闲置满两年。经本级人民政府批准（批准文号%s，%s）。".formatted(project(projectName), day(idleSince),
                        approvalNo, day(approvedOn)),
                "依照《闲置土地处置办法》第十四条，无偿收回国有建设用地使用权，注销土地登记。" + remedies("本决定书"));
    }

    /** The price the contract or the allocation decision names: a grant's 出让价款, an allocation's 划拨价款. */
    private static String price(SupplyMethod supplyMethod) {
        return supplyMethod != null && supplyMethod.isAllocation() ? "划拨价款" : "土地出让价款";
    }

    private static String project(String projectName) {
        return projectName == null || projectName.isBlank() ? "该" : "“" + projectName + "”";
    }

    /**
     * A date as the notice's body and its table print it, 2025年11月20日 (no leading zeros): one form on the whole page.
     * Notices issued before this wording kept the ISO dates they were issued with (an event is never rewritten).
     */
    public static String day(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    static String yuan(BigDecimal amount) {
        // a copy of one parsed format: a DecimalFormat is not thread-safe, and parsing its pattern for every notice
        // cost more than the sweep's rule that decides the notice
        return ((DecimalFormat) YUAN.clone()).format(amount);
    }

    static String perMille(BigDecimal ratePerDay) {
        return ratePerDay.movePointRight(3).stripTrailingZeros().toPlainString();
    }
}

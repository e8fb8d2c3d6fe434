package org.parcelwatch.monitoring.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.registration.SupplyMethod;

class NoticeWordingTest {

    private static final String PROJECT = "Xinhe bearing plant phase II";
    private static final LocalDate DUE = LocalDate.of(2024, 5, 10);

    @Test
    void theUrgeNoticeNamesTheRateInPerMilleAndTheSixtyDays() {
        NoticeDraft urge = NoticeWording.paymentUrge(PROJECT, 2, DUE, new BigDecimal("6172839.00"), new BigDecimal("0.001"),
                60, LocalDate.of(2024, 5, 11));
        assertThat(urge.type()).isEqualTo(NoticeType.PAYMENT_URGE);
        assertThat(urge.issuedOn()).isEqualTo(LocalDate.of(2024, 5, 11));
        assertThat(urge.dueDate()).isEqualTo(DUE);
        assertThat(urge.installmentNo()).isEqualTo(2);
        assertThat(urge.facts()).isEqualTo(
                "“Xinhe bearing plant phase II”项目第2期土地出让价款应于2024年5月10日前缴纳，截至2024年5月11日尚欠6,172,839.00元。");
        assertThat(urge.liability()).isEqualTo("自2024年5月11日起每日按欠缴金额的1‰向出让人支付违约金；延期付款超过60日，"
                + "经出让人催交后仍不能支付的，出让人有权解除合同，受让人无权要求返还定金，出让人并可请求受让人赔偿损失。");
    }

    @Test
    void theUrgeNoticeTakesTheContractsRateAndTheConfiguredDays() {
        NoticeDraft urge = NoticeWording.paymentUrge(PROJECT, 1, DUE, new BigDecimal("100.00"), new BigDecimal("0.0005"),
                90, LocalDate.of(2024, 6, 1));
        assertThat(urge.liability()).startsWith("自2024年5月11日起每日按欠缴金额的0.5‰").contains("超过90日");
    }

    @Test
    void theReminderStatesTheOutstandingAmountWithSeparators() {
        NoticeDraft reminder = NoticeWording.paymentReminder(PROJECT, 2, DUE, new BigDecimal("6172839.00"), LocalDate.of(2024, 4, 10));
        assertThat(reminder.type()).isEqualTo(NoticeType.PAYMENT_REMINDER);
        assertThat(reminder.installmentNo()).isEqualTo(2);
        assertThat(reminder.dueDate()).isEqualTo(DUE);
        assertThat(reminder.facts())
                .isEqualTo("“Xinhe bearing plant phase II”项目第2期土地出让价款6,172,839.00元，约定支付日期为2024年5月10日，请按期缴纳。");
    }

    @Test
    void thePerformanceNoticeNamesThePriceAndTheRateFromTheDayAfter() {
        NoticeDraft start = NoticeWording.performance(NoticeType.START_PERFORMANCE, PROJECT, SupplyMethod.LISTING, LocalDate.of(2024, 10, 1),
                new BigDecimal("12345678.00"), new BigDecimal("0.0005"), LocalDate.of(2024, 10, 20));
        assertThat(start.type()).isEqualTo(NoticeType.START_PERFORMANCE);
        assertThat(start.installmentNo()).isNull();
        assertThat(start.facts()).isEqualTo("“Xinhe bearing plant phase II”项目约定开工日期为2024年10月1日，经核查因用地单位原因未按期开工。");
        assertThat(start.liability())
                .isEqualTo("自2024年10月2日起每日按土地出让价款总额12,345,678.00元的0.5‰支付违约金，直至实际开工之日；案件移交监察大队。");

        NoticeDraft completion = NoticeWording.performance(NoticeType.COMPLETION_PERFORMANCE, PROJECT, SupplyMethod.LISTING, LocalDate.of(2026, 10, 1),
                new BigDecimal("12345678.00"), new BigDecimal("0.001"), LocalDate.of(2026, 10, 20));
        assertThat(completion.liability()).contains("的1‰支付违约金，直至实际竣工之日");
    }

    @Test
    void theIdleFeeDecisionStatesTheFeeAndTheDaysToPayFromItsDelivery() {
        NoticeDraft fee = NoticeWording.idleFeeDecision(PROJECT, SupplyMethod.LISTING, new BigDecimal("2469135.60"), LocalDate.of(2025, 12, 1), 30);
        assertThat(fee.type()).isEqualTo(NoticeType.IDLE_FEE_DECISION);
        assertThat(fee.dueDate()).isNull();
        assertThat(fee.daysFromDelivery()).isEqualTo(30);
        assertThat(fee.facts()).isEqualTo("“Xinhe bearing plant phase II”项目土地闲置满一年，按土地出让价款的20%征缴土地闲置费2,469,135.60元。");
        assertThat(fee.liability()).startsWith("请自收到本决定书之日起30日内缴纳");
    }

    @Test
    void anAllocationIsChargedOnItsAllocationPriceNotAGrantPrice() {
        NoticeDraft fee = NoticeWording.idleFeeDecision(PROJECT, SupplyMethod.ALLOCATION, new BigDecimal("600000.00"),
                LocalDate.of(2025, 12, 1), 30);
        assertThat(fee.facts()).isEqualTo("“Xinhe bearing plant phase II”项目土地闲置满一年，按划拨价款的20%征缴土地闲置费600,000.00元。");

        NoticeDraft start = NoticeWording.performance(NoticeType.START_PERFORMANCE, PROJECT, SupplyMethod.ALLOCATION,
                LocalDate.of(2024, 10, 1), new BigDecimal("3000000.00"), new BigDecimal("0.0005"), LocalDate.of(2024, 10, 20));
        assertThat(start.liability()).startsWith("自2024年10月2日起每日按划拨价款总额3,000,000.00元的0.5‰支付违约金");
    }

    @Test
    void theIdleFeeDecisionOnAnAllocationStatesTheAssessedPriceAndTheFeeReckonedOnIt() {
        NoticeDraft fee = NoticeWording.idleFeeDecisionOnAssessedPrice(PROJECT, new BigDecimal("5000000.00"),
                new BigDecimal("1000000.00"), LocalDate.of(2025, 12, 1), 30);
        assertThat(fee.type()).isEqualTo(NoticeType.IDLE_FEE_DECISION);
        assertThat(fee.dueDate()).isNull();
        assertThat(fee.daysFromDelivery()).isEqualTo(30);
        assertThat(fee.facts()).isEqualTo(
                "“Xinhe bearing plant phase II”项目土地闲置满一年，按划拨土地评估价款5,000,000.00元的20%征缴土地闲置费1,000,000.00元。");
        assertThat(fee.liability()).startsWith("请自收到本决定书之日起30日内缴纳");
    }

    @Test
    void theIdleInvestigationIsAnsweredWithinItsDaysFromDelivery() {
        NoticeDraft investigation = NoticeWording.idleInvestigation(PROJECT, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 10, 10), 30);
        assertThat(investigation.dueDate()).isNull();
        assertThat(investigation.daysFromDelivery()).isEqualTo(30);
        assertThat(investigation.facts()).contains("自2024年10月1日起涉嫌构成闲置土地");
        assertThat(investigation.liability()).isEqualTo("请自收到本通知书之日起30日内提交书面说明及相关材料；逾期不提交的，依据现有材料认定。");
    }

    @Test
    void aProjectWithoutNameIsThisProject() {
        assertThat(NoticeWording.startOverdue(null, LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)).facts())
                .isEqualTo("该项目约定开工日期为2024年10月1日，截至2024年10月2日未开工建设。");
        assertThat(NoticeWording.startReminder(" ", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 9, 1)).facts())
                .startsWith("该项目约定开工日期为2024年10月1日");
    }

    @Test
    void amountsHaveThousandsSeparatorsAndTwoDecimals() {
        assertThat(NoticeWording.yuan(new BigDecimal("12345678.00"))).isEqualTo("12,345,678.00");
        assertThat(NoticeWording.yuan(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(NoticeWording.yuan(new BigDecimal("999.99"))).isEqualTo("999.99");
        assertThat(NoticeWording.yuan(new BigDecimal("1000"))).isEqualTo("1,000.00");
        assertThat(NoticeWording.yuan(new BigDecimal("0"))).isEqualTo("0.00");
        assertThat(NoticeWording.yuan(new BigDecimal("0.05"))).isEqualTo("0.05");
    }

    @Test
    void ratesArePerMilleWithoutTrailingZeros() {
        assertThat(NoticeWording.perMille(new BigDecimal("0.001"))).isEqualTo("1");
        assertThat(NoticeWording.perMille(new BigDecimal("0.0010"))).isEqualTo("1");
        assertThat(NoticeWording.perMille(new BigDecimal("0.0005"))).isEqualTo("0.5");
        assertThat(NoticeWording.perMille(new BigDecimal("0.002"))).isEqualTo("2");
        assertThat(NoticeWording.perMille(new BigDecimal("0.01"))).isEqualTo("10");
    }

    @Test
    void datesAreWrittenInYearMonthDayAsTheTableOfTheNoticeWritesThem() {
        assertThat(NoticeWording.day(LocalDate.of(2025, 12, 31))).isEqualTo("2025年12月31日");
        assertThat(NoticeWording.day(LocalDate.of(2026, 1, 1))).isEqualTo("2026年1月1日");
        assertThat(NoticeWording.day(null)).isEmpty();
    }

    @Test
    void noNoticeBodyCarriesAnIsoDate() {
        LocalDate day = LocalDate.of(2024, 10, 1);
        BigDecimal price = new BigDecimal("3000000.00");
        BigDecimal rate = new BigDecimal("0.0005");
        java.util.List<NoticeDraft> drafts = java.util.List.of(
                NoticeWording.paymentReminder(PROJECT, 1, day, price, day.minusDays(30)),
                NoticeWording.paymentUrge(PROJECT, 1, day, price, rate, 60, day.plusDays(1)),
                NoticeWording.startReminder(PROJECT, day, day.minusDays(30)),
                NoticeWording.startOverdue(PROJECT, day, day.plusDays(1)),
                NoticeWording.performance(NoticeType.COMPLETION_PERFORMANCE, PROJECT, SupplyMethod.LISTING, day, price, rate,
                        day.plusDays(7)),
                NoticeWording.completionReminder(PROJECT, day, day.minusDays(30)),
                NoticeWording.idleInvestigation(PROJECT, day, day.plusYears(1), 30),
                NoticeWording.idleDetermination(PROJECT, "XH-XZRD-2025-001", day, "用地单位原因", day.plusYears(1)),
                NoticeWording.hearingRights(PROJECT, "征缴土地闲置费决定", day.plusYears(1), 5),
                NoticeWording.idleFeeDecision(PROJECT, SupplyMethod.LISTING, price, day.plusYears(1), 30),
                NoticeWording.recoveryDecision(PROJECT, day, day.plusYears(2), "新政〔2026〕12号", day.plusYears(2).minusDays(3)));
        assertThat(drafts).allSatisfy(draft -> assertThat(draft.facts() + draft.liability())
                .as(draft.type().name()).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}"));
        assertThat(drafts.get(10).facts()).contains("2024年10月1日", "2026年9月28日");
    }
}

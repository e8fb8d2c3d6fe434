package org.parcelwatch.monitoring.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NoticeNumberingTest {

    private static final String ID = "1305302024B00017";

    @Test
    void theSecondUrgeNoticeOfTheSampleParcel() {
        assertThat(NoticeNumbering.number(ID, NoticeType.PAYMENT_URGE, 2)).isEqualTo("1305302024B00017-CJ-02");
    }

    @Test
    void serialsHaveAtLeastTwoDigits() {
        assertThat(NoticeNumbering.number(ID, NoticeType.PAYMENT_REMINDER, 1)).isEqualTo("1305302024B00017-TX-01");
        assertThat(NoticeNumbering.number(ID, NoticeType.START_OVERDUE, 12)).isEqualTo("1305302024B00017-KGTZ-12");
        assertThat(NoticeNumbering.number(ID, NoticeType.IDLE_FEE_DECISION, 100)).isEqualTo("1305302024B00017-XZF-100");
    }

    @Test
    void everyTypeHasItsOwnCodeSoNumbersAreUniquePerType() {
        assertThat(Arrays.stream(NoticeType.values()).map(NoticeType::code)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(NoticeType.values()).map(t -> NoticeNumbering.number(ID, t, 1))).doesNotHaveDuplicates();
    }

    @Test
    void theTypeCodes() {
        assertThat(NoticeType.PAYMENT_REMINDER.code()).isEqualTo("TX");
        assertThat(NoticeType.PAYMENT_URGE.code()).isEqualTo("CJ");
        assertThat(NoticeType.START_PERFORMANCE.code()).isEqualTo("KGLY");
        assertThat(NoticeType.RECOVERY_DECISION.code()).isEqualTo("SH");
        assertThat(NoticeType.PAYMENT_URGE.title()).isEqualTo("出让金催缴通知单");
    }

    @Test
    void aDraftIsIssuedUnderItsNumber() {
        NoticeDraft draft = new NoticeDraft(NoticeType.PAYMENT_URGE, LocalDate.of(2024, 5, 11), LocalDate.of(2024, 5, 10),
                2, "facts", "liability");
        assertThat(draft.issue(ID, 2)).isEqualTo(new NoticeIssued(ID, "1305302024B00017-CJ-02", NoticeType.PAYMENT_URGE,
                LocalDate.of(2024, 5, 11), LocalDate.of(2024, 5, 10), 2, "facts", "liability"));
    }
}

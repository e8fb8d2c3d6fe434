package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.parcelwatch.monitoring.notice.NoticeDraft;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/** Shared set-up of the Parcel aggregate tests: the fixture, a business clock and a few given-event builders. */
abstract class ParcelFixture {

    protected final SettableClock clock = new SettableClock("2024-02-01");
    protected FixtureConfiguration<Parcel> fixture;

    @BeforeEach
    void createFixture() {
        createFixture(SupervisionSettings.defaults());
    }

    /** A fresh fixture whose rules read the county's {@code settings}. */
    protected void createFixture(SupervisionSettings settings) {
        fixture = new AggregateTestFixture<>(Parcel.class);
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(settings);
    }

    /** The sweep's command on a day, with the business clock on that day. */
    protected CheckDuePoints sweepOn(String day) {
        clock.setToday(day);
        return new CheckDuePoints(PARCEL_ID, LocalDate.parse(day));
    }

    protected static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    protected static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    protected static PaymentReceived paid(String receiptNo, String amount, String on, Settlement... settlements) {
        return new PaymentReceived(PARCEL_ID, receiptNo, yuan(amount), d(on), java.util.List.of(settlements));
    }

    protected static NoticeIssued notice(NoticeDraft draft, int serial) {
        return draft.issue(PARCEL_ID, serial);
    }

    /** Matches a refusal with the given code. */
    protected static Matcher<Object> refused(RuleCode code) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof ParcelRuleException e && e.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("ParcelRuleException with code " + code);
            }
        };
    }

    /** Asserts on the aggregate's state after the command. */
    protected static Consumer<Parcel> state(Consumer<ParcelState> assertions) {
        return parcel -> assertions.accept(parcel.state());
    }
}

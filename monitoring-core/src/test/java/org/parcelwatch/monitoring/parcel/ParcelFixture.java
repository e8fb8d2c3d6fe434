package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.parcelwatch.monitoring.calendar.WorkingDays;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IssueHearingNotice;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeDraft;
import org.parcelwatch.monitoring.notice.NoticeNumbering;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/** Shared set-up of the Parcel aggregate tests: the fixture, a business clock and a few given-event builders. */
public abstract class ParcelFixture {

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
        fixture.registerInjectableResource(org.parcelwatch.monitoring.patrol.PhotoCheckSettings.defaults());
        fixture.registerInjectableResource(WorkingDays.shipped());
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

    /** The county's working-day calendar as shipped. */
    protected static final WorkingDays CALENDAR = WorkingDays.shipped();

    /**
     * The hearing step of a fee or recovery decision, as stored events: the hearing-rights notice ({@code serial}-th of
     * its type) issued for {@code intended} and delivered, the land user asking nothing within the 5 working days. A
     * decision may follow from the day after {@link #hearingRequestBy}.
     */
    protected static Object[] hearingOffered(IdleDisposalMethod intended, String issuedOn, String deliveredOn, int serial) {
        NoticeIssued notice = NoticeWording.hearingRights(Histories.PROJECT, intended == IdleDisposalMethod.IDLE_FEE
                ? "征缴土地闲置费决定" : "无偿收回国有建设用地使用权决定", d(issuedOn), 5).issue(PARCEL_ID, serial);
        return new Object[] {new HearingRightsNotified(PARCEL_ID, notice.noticeNo(), intended, d(issuedOn)), notice,
                new NoticeDelivered(PARCEL_ID, notice.noticeNo(), NoticeType.HEARING_RIGHTS, d(deliveredOn), "Li Wei",
                        hearingRequestBy(deliveredOn))};
    }

    /** The last day to ask for a hearing on a notice delivered on {@code deliveredOn}: 5 working days after it. */
    protected static LocalDate hearingRequestBy(String deliveredOn) {
        return CALENDAR.plus(d(deliveredOn), 5);
    }

    /** The same commands as the API sends them: the notice issued and delivered on one day (with the clock on it). */
    protected Object[] hearingNoticeDeliveredCommands(IdleDisposalMethod intended, String on, int serial) {
        clock.setToday(on);
        return new Object[] {new IssueHearingNotice(PARCEL_ID, d(on), intended),
                new RecordNoticeDelivery(PARCEL_ID, NoticeNumbering.number(PARCEL_ID, NoticeType.HEARING_RIGHTS, serial), d(on),
                        "Li Wei")};
    }

    /** A recovery's approval by the county government (报本级人民政府批准), a few days before the decision. */
    protected static DisposeIdleLand approved(DisposeIdleLand decision) {
        return decision.approvedBy(APPROVAL_NO, decision.decidedOn().minusDays(3));
    }

    protected static final String APPROVAL_NO = "县政府批〔2026〕9号";

    /** Matches a refusal with the given code. */
    public static Matcher<Object> refused(RuleCode code) {
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

    /** Matches any events, adding them to {@code into} to be looked at after the command. */
    public static BaseMatcher<List<EventMessage<?>>> capture(List<EventMessage<?>> into) {
        return new BaseMatcher<>() {
            @Override
            @SuppressWarnings("unchecked")
            public boolean matches(Object actual) {
                into.addAll((List<EventMessage<?>>) actual);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events (captured)");
            }
        };
    }

    /** Asserts on the aggregate's state after the command. */
    protected static Consumer<Parcel> state(Consumer<ParcelState> assertions) {
        return parcel -> assertions.accept(parcel.state());
    }
}

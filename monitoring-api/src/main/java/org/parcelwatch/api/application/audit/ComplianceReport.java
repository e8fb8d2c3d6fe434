package org.parcelwatch.api.application.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.parcelwatch.monitoring.idle.HearingRecorded;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.parcel.InstallmentLedger;
import org.parcelwatch.monitoring.parcel.MilestoneTrack;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.payment.LatePaymentDamages;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.parcelwatch.projections.ledger.LedgerEntry;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The bureau's own duties (DESIGN §2), checked against each parcel's recorded history: was each
 * reminder, urge notice, start notice, finding, verification, investigation and delivery done, and
 * how many days after it fell due. The duties the sweep performs (reminder, urge, start notice) fall due on
 * the day their {@link DueRule} says; the others run from the recorded event by the days configured here.
 */
@Service
public class ComplianceReport {

    /**
     * The duties. Due process (DESIGN §6.2): HEARING_NOTICE, the hearing-rights notice for a fee or recovery decision,
     * due by the decision; HEARING_HELD, a requested hearing, due within {@code parcelwatch.compliance.hearing-days} of
     * the request; GOVERNMENT_APPROVAL, the people's government's approval of a recovery, due by the decision.
     */
    public enum Duty { PAYMENT_REMINDER, PAYMENT_URGE, START_NOTICE, BREACH_FINDING, IDLE_VERIFICATION,
        IDLE_INVESTIGATION, NOTICE_DELIVERY, HEARING_NOTICE, HEARING_HELD, GOVERNMENT_APPROVAL }

    public enum Status { ON_TIME, LATE, NOT_DONE, PENDING }

    /** One duty on one parcel. {@code daysLate}: after the due day, done or (when not done) up to today. */
    public record Row(String parcelId, String township, Duty duty, String subject, LocalDate dueOn, LocalDate doneOn,
                      Status status, long daysLate) {
    }

    public record Tally(long due, long onTime, long late, long notDone, long pending) {
    }

    // Named apart: two records called Report would share one schema in the OpenAPI document.
    @io.swagger.v3.oas.annotations.media.Schema(name = "ComplianceReport")
    public record Report(LocalDate from, LocalDate to, String township, LocalDate asOf, int parcels,
                         Map<Duty, Tally> summary, List<Row> rows) {
    }

    private final ParcelHistory history;
    private final ParcelQueries parcels;
    private final SupervisionSettings settings;
    private final Clock clock;
    private final int findingDays;
    private final int verificationDays;
    private final int deliveryDays;
    private final int hearingDays;

    public ComplianceReport(ParcelHistory history, ParcelQueries parcels, SupervisionSettings settings, Clock clock,
                            @Value("${parcelwatch.compliance.finding-days:30}") int findingDays,
                            @Value("${parcelwatch.compliance.verification-days:30}") int verificationDays,
                            @Value("${parcelwatch.compliance.delivery-days:7}") int deliveryDays,
                            @Value("${parcelwatch.compliance.hearing-days:20}") int hearingDays) {
        this.history = history;
        this.parcels = parcels;
        this.settings = settings;
        this.clock = clock;
        this.findingDays = findingDays;
        this.verificationDays = verificationDays;
        this.deliveryDays = deliveryDays;
        this.hearingDays = hearingDays;
    }

    public Report between(LocalDate from, LocalDate to, String township) {
        LocalDate today = LocalDate.now(clock);
        List<String> ids = township == null ? allParcels()
                : parcels.ledger(new LedgerFilter(township, null, null), Pageable.unpaged()).stream()
                        .map(LedgerEntry::getParcelId).sorted().toList();
        List<Row> rows = new ArrayList<>();
        for (String id : ids) {
            duties(id, today).stream()
                    .filter(row -> !row.dueOn().isBefore(from) && !row.dueOn().isAfter(to))
                    .forEach(rows::add);
        }
        Map<Duty, Tally> summary = new LinkedHashMap<>();
        for (Duty duty : Duty.values()) {
            List<Row> of = rows.stream().filter(r -> r.duty() == duty).toList();
            summary.put(duty, new Tally(of.size(), count(of, Status.ON_TIME), count(of, Status.LATE),
                    count(of, Status.NOT_DONE), count(of, Status.PENDING)));
        }
        return new Report(from, to, township, today, ids.size(), summary, rows);
    }

    private List<String> allParcels() {
        List<String> ids = new ArrayList<>();
        String after = "";
        List<String> batch;
        do {
            batch = history.parcelIds(after, 1000);
            ids.addAll(batch);
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1);
        } while (batch.size() == 1000);
        return ids;
    }

    /** Every duty of one parcel, from its history. */
    List<Row> duties(String parcelId, LocalDate today) {
        ParcelState state = new ParcelState();
        Map<String, NoticeIssued> notices = new LinkedHashMap<>();
        Map<String, LocalDate> deliveries = new HashMap<>();
        List<MilestoneMissed> misses = new ArrayList<>();
        Map<String, LocalDate> findings = new HashMap<>();
        List<IdleLandSuspected> suspicions = new ArrayList<>();
        Map<LocalDate, LocalDate> verifications = new HashMap<>();
        List<IdleLandReferred> referrals = new ArrayList<>();
        List<LocalDate> determinations = new ArrayList<>();
        IdleLandSuspected openSuspicion = null;
        List<HearingRightsNotified> hearingNotices = new ArrayList<>();
        List<HearingRecorded> hearingSteps = new ArrayList<>();
        List<IdleLandDisposed> disposals = new ArrayList<>();
        for (DomainEventMessage<?> message : history.readAll(parcelId)) {
            if (!(message.getPayload() instanceof ParcelEvent event)) {
                continue; // another kind of stream (a complaint about an address) owes none of these duties
            }
            state.apply(event);
            if (event instanceof NoticeIssued e) {
                notices.put(e.noticeNo(), e);
            } else if (event instanceof NoticeDelivered e) {
                deliveries.put(e.noticeNo(), e.deliveredOn());
            } else if (event instanceof MilestoneMissed e) {
                misses.add(e);
            } else if (event instanceof BreachFindingRecorded e) {
                findings.put(e.milestone() + "@" + e.agreedDate(), e.foundOn());
            } else if (event instanceof IdleLandSuspected e) {
                suspicions.add(e);
                openSuspicion = e;
            } else if (event instanceof IdleLandVerified e && openSuspicion != null) {
                verifications.put(openSuspicion.suspectedOn(), e.verifiedOn());
            } else if (event instanceof IdleLandReferred e) {
                referrals.add(e);
            } else if (event instanceof IdleLandDetermined e) {
                determinations.add(e.determinedOn());
            } else if (event instanceof HearingRightsNotified e) {
                hearingNotices.add(e);
            } else if (event instanceof HearingRecorded e) {
                hearingSteps.add(e);
            } else if (event instanceof IdleLandDisposed e) {
                disposals.add(e);
            }
        }
        if (!state.isRegistered()) {
            return List.of();
        }
        String township = state.contract().township();
        List<Row> rows = new ArrayList<>();
        Duties duties = new Duties(parcelId, township, today, rows);

        for (InstallmentLedger installment : state.installments()) {
            // a contract signed inside the lead time owed its reminder from the signing
            LocalDate leadDay = DueRule.PAYMENT_REMINDER.dueOn(installment.dueDate(), settings);
            LocalDate reminderDay = leadDay.isBefore(state.contract().signedOn()) ? state.contract().signedOn() : leadDay;
            LocalDate settledOn = settledOn(installment);
            NoticeIssued reminder = first(notices, NoticeType.PAYMENT_REMINDER, installment.no());
            if (reminder != null || settledOn == null || settledOn.isAfter(reminderDay)) {
                duties.add(Duty.PAYMENT_REMINDER, "installment " + installment.no(), reminderDay,
                        reminder == null ? null : reminder.issuedOn());
            }
            if (settledOn == null || settledOn.isAfter(installment.dueDate())) {
                NoticeIssued urge = first(notices, NoticeType.PAYMENT_URGE, installment.no());
                duties.add(Duty.PAYMENT_URGE, "installment " + installment.no(),
                        DueRule.PAYMENT_OVERDUE.dueOn(installment.dueDate(), settings),
                        urge == null ? null : urge.issuedOn());
            }
        }

        for (MilestoneMissed miss : misses) {
            if (miss.milestone() == Milestone.START) {
                NoticeIssued notice = notices.values().stream()
                        .filter(n -> n.type() == NoticeType.START_OVERDUE && miss.agreedDate().equals(n.dueDate()))
                        .findFirst().orElse(null);
                duties.add(Duty.START_NOTICE, "start agreed " + miss.agreedDate(), miss.missedFrom(),
                        notice == null ? null : notice.issuedOn());
            }
            duties.add(Duty.BREACH_FINDING, miss.milestone() + " agreed " + miss.agreedDate(),
                    miss.missedFrom().plusDays(findingDays), findings.get(miss.milestone() + "@" + miss.agreedDate()));
        }
        // a start the sweep never found missed, though its day has come, is a start notice not given
        MilestoneTrack start = state.milestone(Milestone.START);
        DueRule.START_MISSED.points(state, settings).stream().filter(point -> point.isDueOn(today)).forEach(point ->
                duties.add(Duty.START_NOTICE, "start agreed " + start.agreedDate(), point.firesOn(), null));

        for (IdleLandSuspected suspicion : suspicions) {
            duties.add(Duty.IDLE_VERIFICATION, "suspected " + suspicion.suspectedOn(),
                    suspicion.suspectedOn().plusDays(verificationDays), verifications.get(suspicion.suspectedOn()));
        }
        for (IdleLandReferred referral : referrals) {
            LocalDate begun = notices.values().stream()
                    .filter(n -> n.type() == NoticeType.IDLE_INVESTIGATION && !n.issuedOn().isBefore(referral.referredOn()))
                    .map(n -> deliveries.get(n.noticeNo())).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            LocalDate determined = determinations.stream().filter(d -> !d.isBefore(referral.referredOn())).findFirst().orElse(null);
            LocalDate doneOn = begun == null ? determined : determined == null || begun.isBefore(determined) ? begun : determined;
            duties.add(Duty.IDLE_INVESTIGATION, "referred " + referral.referredOn(), referral.investigationDueBy(), doneOn);
        }

        dueProcess(duties, hearingNotices, hearingSteps, disposals);

        for (NoticeIssued notice : notices.values()) {
            duties.add(Duty.NOTICE_DELIVERY, notice.noticeNo(), notice.issuedOn().plusDays(deliveryDays),
                    deliveries.get(notice.noticeNo()));
        }
        // closure stops the clock (issue 13): nothing falls due on a closed parcel but the delivery of what was issued
        LocalDate closedOn = state.closedOn();
        if (closedOn != null) {
            rows.removeIf(row -> row.duty() != Duty.NOTICE_DELIVERY && row.dueOn().isAfter(closedOn));
        }
        return rows;
    }

    /**
     * The due process of each fee or recovery decision: its hearing-rights notice issued before it, the hearings asked
     * for held in time, and a recovery's approval by the government on or before it. Decisions stored before these
     * steps were recorded show them not done: the report tells what the file lacks.
     */
    private void dueProcess(Duties duties, List<HearingRightsNotified> notices, List<HearingRecorded> steps,
                            List<IdleLandDisposed> disposals) {
        for (IdleLandDisposed decision : disposals) {
            String subject = decision.method() + " " + decision.decisionNo();
            if (decision.method().offersHearing()) {
                LocalDate noticed = notices.stream()
                        .filter(n -> n.intendedDecision() == decision.method() && !n.issuedOn().isAfter(decision.decidedOn()))
                        .map(HearingRightsNotified::issuedOn).reduce((first, later) -> later).orElse(null);
                duties.add(Duty.HEARING_NOTICE, subject, decision.decidedOn(), noticed);
            }
            if (decision.method().needsApproval()) {
                duties.add(Duty.GOVERNMENT_APPROVAL, subject, decision.decidedOn(), decision.approvedOn());
            }
        }
        for (HearingRecorded request : steps) {
            if (request.requestedOn() == null) {
                continue;
            }
            LocalDate held = steps.stream().filter(s -> s.noticeNo().equals(request.noticeNo()) && s.heldOn() != null)
                    .map(HearingRecorded::heldOn).findFirst().orElse(null);
            duties.add(Duty.HEARING_HELD, "hearing on " + request.noticeNo() + " requested " + request.requestedOn(),
                    request.requestedOn().plusDays(hearingDays), held);
        }
    }

    /** Builds rows with the one status rule. */
    private record Duties(String parcelId, String township, LocalDate today, List<Row> rows) {

        void add(Duty duty, String subject, LocalDate dueOn, LocalDate doneOn) {
            Status status;
            long late;
            if (doneOn != null) {
                late = Math.max(0, ChronoUnit.DAYS.between(dueOn, doneOn));
                status = late == 0 ? Status.ON_TIME : Status.LATE;
            } else if (today.isAfter(dueOn)) {
                late = ChronoUnit.DAYS.between(dueOn, today);
                status = Status.NOT_DONE;
            } else {
                late = 0;
                status = Status.PENDING;
            }
            rows.add(new Row(parcelId, township, duty, subject, dueOn, doneOn, status, late));
        }
    }

    private static LocalDate settledOn(InstallmentLedger installment) {
        if (!installment.isSettled()) {
            return null;
        }
        return installment.payments().stream().map(LatePaymentDamages.Part::paidOn).max(LocalDate::compareTo).orElse(null);
    }

    private static NoticeIssued first(Map<String, NoticeIssued> notices, NoticeType type, int installmentNo) {
        return notices.values().stream()
                .filter(n -> n.type() == type && n.installmentNo() != null && n.installmentNo() == installmentNo)
                .findFirst().orElse(null);
    }

    private static long count(List<Row> rows, Status status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}

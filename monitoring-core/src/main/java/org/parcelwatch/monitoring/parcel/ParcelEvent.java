package org.parcelwatch.monitoring.parcel;

import org.parcelwatch.monitoring.idle.HearingRecorded;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.ParcelRegistered;

/**
 * Every event in a parcel's history; the aggregate folds them all through {@link ParcelState}.
 *
 * <p>Code that treats each type of event in its own way goes through a {@link Visitor}, so that an event type
 * nobody handles is a compile error rather than a fold that fails at run time. Not a {@code sealed} interface:
 * in the unnamed module (this jar runs on the class path) Java 17 lets a sealed type permit only classes of its
 * own package, and the events live in the packages of their concepts; switching over a sealed type's patterns
 * would need a preview feature besides.
 */
public interface ParcelEvent {

    String parcelId();

    /**
     * Calls the visitor's method for this event's type. It takes an argument, so no JSON mapper reads it as a
     * property: the stored JSON of an event is its record components, as before.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per type of event, in the order of the supervision. */
    interface Visitor<R> {

        R on(ParcelRegistered e);

        R on(PaymentReceived e);

        R on(InstallmentOverdue e);

        R on(TerminationRightArisen e);

        R on(ContractTerminated e);

        R on(HandoverOverdue e);

        R on(HandoverRecorded e);

        R on(ConstructionStarted e);

        R on(ConstructionCompleted e);

        R on(MilestoneMissed e);

        R on(BreachFindingRecorded e);

        R on(ExtensionGranted e);

        R on(PatrolRecorded e);

        R on(IdleLandSuspected e);

        R on(IdleLandVerified e);

        R on(IdleLandReferred e);

        R on(IdleLandDetermined e);

        R on(IdleLandRecoveryEligible e);

        R on(IdleLandDisposed e);

        R on(HearingRightsNotified e);

        R on(HearingRecorded e);

        R on(NoticeIssued e);

        R on(NoticeDelivered e);

        R on(LandOfficerAssigned e);

        R on(PatrolTaskAssigned e);

        R on(PatrolTaskDone e);

        R on(ComplaintRecorded e);

        R on(ComplaintOutcomeRecorded e);
    }
}

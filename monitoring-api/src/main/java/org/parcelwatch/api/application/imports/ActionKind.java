package org.parcelwatch.api.application.imports;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.parcelwatch.api.application.forms.BreachFindingRequest;
import org.parcelwatch.api.application.forms.CompletionRequest;
import org.parcelwatch.api.application.forms.ExtensionRequest;
import org.parcelwatch.api.application.forms.HandoverRequest;
import org.parcelwatch.api.application.forms.HearingNoticeRequest;
import org.parcelwatch.api.application.forms.HearingRequest;
import org.parcelwatch.api.application.forms.IdleDeterminationRequest;
import org.parcelwatch.api.application.forms.IdleDisposalRequest;
import org.parcelwatch.api.application.forms.IdleVerificationRequest;
import org.parcelwatch.api.application.forms.NoticeDeliveryRequest;
import org.parcelwatch.api.application.forms.OfficerRequest;
import org.parcelwatch.api.application.forms.PatrolRequest;
import org.parcelwatch.api.application.forms.PaymentRequest;
import org.parcelwatch.api.application.forms.StartRequest;
import org.parcelwatch.api.application.forms.TerminationRequest;
import org.parcelwatch.monitoring.idle.DetermineIdleLand;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IssueHearingNotice;
import org.parcelwatch.monitoring.idle.RecordHearing;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.RecordBreachFinding;
import org.parcelwatch.monitoring.milestone.RecordCompletion;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.milestone.RecordStart;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;
import org.parcelwatch.monitoring.patrol.AssignLandOfficer;
import org.parcelwatch.monitoring.patrol.RecordPatrol;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.payment.TerminateContract;

/**
 * The actions a seed record may carry after its registration, one per write endpoint of DESIGN §4. The body
 * of an action is the REST body of that endpoint (validated with the same request class), and the command
 * it becomes is the one the endpoint sends. {@code dateField} names the business date that orders the action
 * in time when the action gives no explicit {@code "on"}; a breach finding has none and needs {@code "on"}.
 */
public enum ActionKind {

    PAYMENT("payment", "POST /parcels/{id}/payments", PaymentRequest.class, RecordPayment.class, "paidOn"),
    HANDOVER("handover", "POST /parcels/{id}/handover", HandoverRequest.class, RecordHandover.class, "handedOverOn"),
    START("start", "POST /parcels/{id}/start", StartRequest.class, RecordStart.class, "startedOn"),
    COMPLETION("completion", "POST /parcels/{id}/completion", CompletionRequest.class, RecordCompletion.class, "completedOn"),
    PATROL("patrol", "POST /parcels/{id}/patrols", PatrolRequest.class, RecordPatrol.class, "patrolledOn"),
    BREACH_FINDING("breach-finding", "POST /parcels/{id}/breach-findings", BreachFindingRequest.class,
            RecordBreachFinding.class, null),
    EXTENSION("extension", "POST /parcels/{id}/extensions", ExtensionRequest.class, GrantExtension.class, "approvedOn"),
    IDLE_VERIFICATION("idle-verification", "POST /parcels/{id}/idle/verification", IdleVerificationRequest.class,
            VerifyIdleLand.class, "verifiedOn"),
    IDLE_DETERMINATION("idle-determination", "POST /parcels/{id}/idle/determination", IdleDeterminationRequest.class,
            DetermineIdleLand.class, "determinedOn"),
    IDLE_DISPOSAL("idle-disposal", "POST /parcels/{id}/idle/disposal", IdleDisposalRequest.class, DisposeIdleLand.class,
            "decidedOn"),
    HEARING_NOTICE("hearing-notice", "POST /parcels/{id}/idle/hearing-notice", HearingNoticeRequest.class,
            IssueHearingNotice.class, "issuedOn"),
    /** A request, a waiver or the hearing held: which day it was made varies, so it needs "on". */
    HEARING("hearing", "POST /parcels/{id}/idle/hearing", HearingRequest.class, RecordHearing.class, null),
    NOTICE_DELIVERY("notice-delivery", "POST /parcels/{id}/notices/{noticeNo}/delivery", NoticeDeliveryRequest.class,
            RecordNoticeDelivery.class, "deliveredOn"),
    TERMINATION("termination", "POST /parcels/{id}/termination", TerminationRequest.class, TerminateContract.class,
            "decidedOn"),
    /** The land officer (DESIGN §6.6): an assignment has no date of its own, so it needs "on". */
    OFFICER("officer", "PUT /parcels/{id}/officer", OfficerRequest.class, AssignLandOfficer.class, null);

    /** Keys of an action object that are the seed file's own, not the REST body's. */
    static final Set<String> META_KEYS = Set.of("action", "on", "comment", "expectRefused");

    private final String jsonName;
    private final String endpoint;
    private final Class<?> requestType;
    private final Class<?> commandType;
    private final String dateField;

    ActionKind(String jsonName, String endpoint, Class<?> requestType, Class<?> commandType, String dateField) {
        this.jsonName = jsonName;
        this.endpoint = endpoint;
        this.requestType = requestType;
        this.commandType = commandType;
        this.dateField = dateField;
    }

    /** The name in a seed file's {@code "action"} field, e.g. {@code breach-finding}. */
    public String jsonName() {
        return jsonName;
    }

    public String endpoint() {
        return endpoint;
    }

    /** The REST request body class, whose Bean Validation constraints the action must meet. */
    Class<?> requestType() {
        return requestType;
    }

    /** The core command the action becomes. */
    Class<?> commandType() {
        return commandType;
    }

    /** The body field holding the action's business date, or null when the action needs an explicit "on". */
    String dateField() {
        return dateField;
    }

    /**
     * The body field that dates the action and that the command would otherwise fill with today (a breach finding's
     * {@code foundOn}): the import sets it to the action's day, so that history is dated on its own days.
     */
    String dayOfActionField() {
        return this == BREACH_FINDING ? "foundOn" : null;
    }

    /** Whether the body may name stored photos by their SHA-256 ({@code photos}): a patrol, a start, a completion. */
    boolean namesPhotos() {
        return this == PATROL || this == START || this == COMPLETION;
    }

    /** Fields of the body that are not part of the REST request body (they are in its path). */
    Set<String> pathFields() {
        return this == NOTICE_DELIVERY ? Set.of("noticeNo") : Set.of();
    }

    public static Optional<ActionKind> byJsonName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.jsonName.equals(name)).findFirst();
    }

    /** The action name of a core command type, for writing seed files from commands. */
    public static Optional<ActionKind> byCommandType(Class<?> type) {
        return Arrays.stream(values()).filter(kind -> kind.commandType.equals(type)).findFirst();
    }
}

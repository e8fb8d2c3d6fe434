package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import org.parcelwatch.monitoring.patrol.PatrolSettings;

/**
 * The bureau's configurable lead times and statutory figures. Injected into the aggregate's command
 * handlers so that a county can set them by configuration (the application binds them from
 * {@code parcelwatch.supervision.*}); {@link #defaults()} are the figures of DESIGN §2 (seed 002 and the
 * regulations it cites), and of every figure left unconfigured.
 *
 * @param reminderLeadDays          days before a due date on which a reminder goes out (30)
 * @param extensionApplicationLeadDays days before the date it moves by which an extension must be applied for
 *                                  (GF-2008-2601 Art. 16: 30)
 * @param terminationAfterDays      days overdue, after an urge notice, that give the right to terminate (60)
 * @param investigationDays         days the brigade has to begin an idle-land investigation (30)
 * @param investigationAnswerDays   days the land user has to answer the investigation notice, from its delivery
 *                                  (《闲置土地处置办法》Art. 5: 30)
 * @param idleFeeRate               idle-land fee as a share of the total price (20%)
 * @param idleFeePaymentDays        days to pay the idle-land fee (30)
 * @param defaultPenaltyRates       daily damages rates used when a contract states none
 * @param hearingRequestWorkingDays working days after the delivery of a hearing-rights notice in which the land user
 *                                  may ask for a hearing (《国土资源听证规定》Art. 21: 5)
 * @param patrol                    the patrol tasks' figures (DESIGN §6.6)
 */
public record SupervisionSettings(
        int reminderLeadDays,
        int extensionApplicationLeadDays,
        int terminationAfterDays,
        int investigationDays,
        int investigationAnswerDays,
        BigDecimal idleFeeRate,
        int idleFeePaymentDays,
        PenaltyRates defaultPenaltyRates,
        int hearingRequestWorkingDays,
        PatrolSettings patrol) {

    /** The settings with the default patrol figures. */
    public SupervisionSettings(int reminderLeadDays, int extensionApplicationLeadDays, int terminationAfterDays,
                               int investigationDays, int investigationAnswerDays, BigDecimal idleFeeRate,
                               int idleFeePaymentDays, PenaltyRates defaultPenaltyRates, int hearingRequestWorkingDays) {
        this(reminderLeadDays, extensionApplicationLeadDays, terminationAfterDays, investigationDays, investigationAnswerDays,
                idleFeeRate, idleFeePaymentDays, defaultPenaltyRates, hearingRequestWorkingDays, PatrolSettings.defaults());
    }

    /** The same settings with the county's patrol figures. */
    public SupervisionSettings withPatrol(PatrolSettings patrolSettings) {
        return new SupervisionSettings(reminderLeadDays, extensionApplicationLeadDays, terminationAfterDays, investigationDays,
                investigationAnswerDays, idleFeeRate, idleFeePaymentDays, defaultPenaltyRates, hearingRequestWorkingDays,
                patrolSettings);
    }

    /** The settings with the statutory days to ask for a hearing. */
    public SupervisionSettings(int reminderLeadDays, int extensionApplicationLeadDays, int terminationAfterDays,
                               int investigationDays, int investigationAnswerDays, BigDecimal idleFeeRate,
                               int idleFeePaymentDays, PenaltyRates defaultPenaltyRates) {
        this(reminderLeadDays, extensionApplicationLeadDays, terminationAfterDays, investigationDays, investigationAnswerDays,
                idleFeeRate, idleFeePaymentDays, defaultPenaltyRates, STATUTORY_HEARING_REQUEST_WORKING_DAYS);
    }

    /** 《国土资源听证规定》Art. 21: the land user asks for a hearing within 5 working days of the notice's delivery. */
    public static final int STATUTORY_HEARING_REQUEST_WORKING_DAYS = 5;

    public SupervisionSettings {
        if (hearingRequestWorkingDays < 0) {
            throw new IllegalArgumentException("the working days to ask for a hearing must not be negative");
        }
        if (reminderLeadDays < 0 || extensionApplicationLeadDays < 0 || terminationAfterDays < 0 || investigationDays < 0
                || investigationAnswerDays < 0 || idleFeePaymentDays < 0) {
            throw new IllegalArgumentException("supervision day counts must not be negative");
        }
        if (idleFeeRate == null || idleFeeRate.signum() < 0 || idleFeeRate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("idle fee rate must be within 0..1");
        }
        if (patrol == null) {
            throw new IllegalArgumentException("patrol settings are required");
        }
        if (defaultPenaltyRates == null) {
            throw new IllegalArgumentException("default penalty rates are required");
        }
    }

    public static SupervisionSettings defaults() {
        return new SupervisionSettings(30, 30, 60, 30, 30, new BigDecimal("0.20"), 30, PenaltyRates.statutoryDefaults());
    }
}

package org.parcelwatch.api.web.openapi;

/** Request bodies shown in the OpenAPI document; the registration is the one of DESIGN §4. */
public final class ApiExamples {

    public static final String REGISTRATION = """
            { "parcelId": "1305302024B00017", "contractNo": "XH-CR-2024-017", "parcelCode": "130530105017",
              "supplyMethod": "LISTING", "projectName": "Xinhe bearing plant phase II",
              "landUser": { "name": "Xinhe Bearing Co., Ltd.", "creditCode": "91130530MA0CX0XU3B" },
              "location": "east of Xinhe Road", "township": "Xinhe town", "districtCode": "130530",
              "areaSqm": 26666.70, "landUse": "0601", "termYears": 50,
              "totalPrice": 12345678.00, "signedOn": "2024-02-01",
              "installments": [ { "dueDate": "2024-03-01", "amount": 6172839.00 },
                                { "dueDate": "2024-05-10", "amount": 6172839.00 } ],
              "agreedHandoverDate": "2024-04-01", "agreedStartDate": "2024-10-01", "agreedCompletionDate": "2026-10-01",
              "plotRatio": { "min": 1.0, "max": 2.0 }, "plannedFloorAreaSqm": 40000.0, "totalInvestment": 80000000.00,
              "penaltyRates": { "latePaymentPerDay": 0.001, "lateStartPerDay": 0.0005, "lateCompletionPerDay": 0.0005 } }
            """;

    public static final String PAYMENT = """
            { "amount": 6172839.00, "paidOn": "2024-03-01", "receiptNo": "PJ-2024-0301" }
            """;

    public static final String HANDOVER = """
            { "handedOverOn": "2024-04-01", "documentNo": "JD-2024-017" }
            """;

    public static final String START = """
            { "startedOn": "2024-09-28", "evidence": "foundation works, photos P-17..P-19" }
            """;

    public static final String COMPLETION = """
            { "completedOn": "2026-09-20", "acceptanceNo": "GH-YS-2026-9" }
            """;

    public static final String OFFICER = """
            { "officer": "patrol" }
            """;

    public static final String COMPLAINT = """
            { "parcelId": "1305302024B00017", "source": "12336 hotline", "contact": "Mr Zhao, 138-0000-0000",
              "content": "Trucks dump spoil on the site at night", "address": "east gate, Xinhe Road",
              "receivedOn": "2024-06-02" }
            """;

    public static final String ADDRESS_COMPLAINT = """
            { "source": "12336 hotline", "contact": "Mr Zhao, 138-0000-0000",
              "content": "Spoil dumped by the road at night", "address": "west end of Xinhe Road",
              "township": "Xinhe town", "receivedOn": "2024-06-02" }
            """;

    public static final String COMPLAINT_OUTCOME = """
            { "outcome": "Site visited 2024-06-05: spoil removed, contractor warned", "substantiated": true,
              "decidedOn": "2024-06-06" }
            """;

    public static final String PATROL = """
            { "patrolledOn": "2024-11-01", "inspector": "Li Wei", "status": "UNDER_CONSTRUCTION", "suspendedSince": null,
              "builtFloorAreaSqm": 5200.00, "investedAmount": 12000000.00, "infoBoardPosted": true, "useChanged": false,
              "relocated": false, "trackingCardNo": "GZK-2024-017", "photoRefs": ["p-2024-11-01-1.jpg"],
              "remarks": "routine patrol" }
            """;

    public static final String BREACH_FINDING = """
            { "milestone": "START", "cause": "LAND_USER", "governmentCause": null,
              "findings": "no works on site, land user short of funds" }
            """;

    public static final String BREACH_FINDING_GOVERNMENT = """
            { "milestone": "START", "cause": "GOVERNMENT", "governmentCause": "PLAN_REVISED",
              "findings": "road plan revised by the county" }
            """;

    public static final String EXTENSION = """
            { "milestone": "START", "newDate": "2025-03-01", "approvalNo": "YQ-2024-003", "approvedOn": "2024-10-20",
              "appliedOn": "2024-08-15", "reason": "road plan revised", "newCompletionDate": null }
            """;

    public static final String TERMINATION = """
            { "decisionNo": "JC-2024-002", "decidedOn": "2024-08-15",
              "reason": "price unpaid more than 60 days after the urge notice" }
            """;

    public static final String IDLE_VERIFICATION = """
            { "verifiedOn": "2025-10-08", "stillIdle": true, "remarks": "vacant, fenced" }
            """;

    public static final String IDLE_DETERMINATION = """
            { "determinationNo": "ZX-XZRD-2025-1", "determinedOn": "2025-11-20", "cause": "LAND_USER",
              "governmentCause": null, "idleSince": "2024-10-01" }
            """;

    public static final String IDLE_DISPOSAL = """
            { "method": "IDLE_FEE", "decisionNo": "ZX-XZF-2025-1", "decidedOn": "2025-12-01",
              "hearingOfferedOn": "2025-11-25", "remarks": "idle fee of 20% of the price" }
            """;

    public static final String IDLE_DISPOSAL_EXTENSION = """
            { "method": "EXTENSION", "decisionNo": "ZX-YQ-2025-2", "decidedOn": "2025-12-01",
              "newStartDate": "2026-06-01", "remarks": "government cause: start extended" }
            """;

    public static final String HEARING_NOTICE = """
            { "issuedOn": "2026-09-21", "intendedDecision": "RECOVERY_WITHOUT_COMPENSATION" }
            """;

    public static final String HEARING_REQUEST = """
            { "requestedOn": "2026-09-28" }
            """;

    public static final String HEARING_HELD = """
            { "heldOn": "2026-10-15", "recordNo": "XH-TZ-2026-02", "outcome": "statement heard; recovery upheld" }
            """;

    public static final String HEARING_WAIVED = """
            { "waived": true, "requestedOn": "2026-09-25" }
            """;

    public static final String NOTICE_DELIVERY = """
            { "deliveredOn": "2024-06-03", "receivedBy": "Wang Fang (office manager)" }
            """;

    private ApiExamples() {
    }
}

package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;

/**
 * The land user's record (诚信档案, DESIGN §6.3) over HTTP: {@code GET /land-users/{creditCode}} lists the land user's
 * parcels with their open defaults, a new supply to a land user in default is registered with the
 * {@code LAND_USER_IN_DEFAULT} warning in its event, and a replay of the parcel-ledger projection rebuilds the record.
 * Each test supplies a land user of its own ({@link SampleParcels#nextCreditCode()}).
 */
class LandUserRecordOverHttpTest extends ApiTestSupport {

    private static final String NAME = "Xinhe Hongda Castings Co., Ltd. (新河县宏达铸造有限公司)";

    @Test
    void aSupplyToALandUserWithAnOverdueParcelIsRegisteredWithAWarningNamingIt() throws Exception {
        String code = SampleParcels.nextCreditCode();
        String first = registerFor(code);
        sweep(first, "2024-03-02");
        awaitProjections();

        String second = registerFor(code);
        String warning = "LAND_USER_IN_DEFAULT: the land user has open defaults (国土资发〔2010〕34号): " + first
                + " overdue land price 6172839.00 since 2024-03-02 (" + first + "-CJ-01)";
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", "/api/v1/parcels/" + second)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.policyWarnings", contains(warning))));
        // the defaults it names, as data a client can write in its own language (the workbench writes them in Chinese)
        getAs("desk", "/api/v1/parcels/" + second)
                .andExpect(jsonPath("$.landUserDefaults", hasSize(1)))
                .andExpect(jsonPath("$.landUserDefaults[0].parcelId").value(first))
                .andExpect(jsonPath("$.landUserDefaults[0].kind").value("OVERDUE_LAND_PRICE"))
                .andExpect(jsonPath("$.landUserDefaults[0].amount").value(6172839.00))
                .andExpect(jsonPath("$.landUserDefaults[0].arisenOn").value("2024-03-02"))
                .andExpect(jsonPath("$.landUserDefaults[0].referenceNo").value(first + "-CJ-01"));
        // in the registration's own event, as the auditor reads it
        getAs("auditor", "/api/v1/parcels/" + second + "/history")
                .andExpect(jsonPath("$.events[0].type").value("ParcelRegistered"))
                .andExpect(jsonPath("$.events[0].payload.policyWarnings", contains(warning)));

        // the first parcel was registered to a land user with a clean record
        getAs("desk", "/api/v1/parcels/" + first).andExpect(jsonPath("$.policyWarnings", empty()))
                .andExpect(jsonPath("$.landUserDefaults", empty()));
    }

    @Test
    void theRecordListsEveryParcelWithItsOpenDefaultsToEveryRoleAndAPaymentClearsTheOverdue() throws Exception {
        String code = SampleParcels.nextCreditCode();
        String overdue = registerFor(code);
        String terminated = registerFor(code);
        String clean = registerFor(code);
        sweep(overdue, "2024-03-02");
        sweep(terminated, "2024-03-02");
        sweep(terminated, "2024-05-01");
        postAs("desk", "/api/v1/parcels/" + terminated + "/termination", """
                { "decisionNo": "JC-%s", "decidedOn": "%s", "reason": "land price unpaid" }""".formatted(terminated, today()))
                .andExpect(status().isOk());
        awaitProjections();

        String path = "/api/v1/land-users/" + code;
        for (String user : List.of("desk", "patrol", "brigade", "auditor", "admin")) {
            getAs(user, path).andExpect(status().isOk())
                    .andExpect(jsonPath("$.creditCode").value(code))
                    .andExpect(jsonPath("$.name").value(NAME))
                    .andExpect(jsonPath("$.inDefault").value(true))
                    .andExpect(jsonPath("$.openDefaults").value(2))
                    .andExpect(jsonPath("$.parcels", hasSize(3)));
        }
        getAs("desk", path)
                .andExpect(jsonPath("$.parcels[0].parcelId").value(overdue))
                .andExpect(jsonPath("$.parcels[0].stage").value("REGISTERED"))
                .andExpect(jsonPath("$.parcels[0].areaSqm").value(26666.70))
                .andExpect(jsonPath("$.parcels[0].defaults[0].kind").value("OVERDUE_LAND_PRICE"))
                .andExpect(jsonPath("$.parcels[0].defaults[0].title").value("拖欠土地出让价款"))
                .andExpect(jsonPath("$.parcels[0].defaults[0].amount").value(6172839.00))
                .andExpect(jsonPath("$.parcels[0].defaults[0].arisenOn").value("2024-03-02"))
                .andExpect(jsonPath("$.parcels[0].defaults[0].referenceNo").value(overdue + "-CJ-01"))
                .andExpect(jsonPath("$.parcels[1].parcelId").value(terminated))
                .andExpect(jsonPath("$.parcels[1].stage").value("TERMINATED"))
                .andExpect(jsonPath("$.parcels[1].defaults[0].kind").value("CONTRACT_TERMINATED"))
                .andExpect(jsonPath("$.parcels[1].defaults[0].referenceNo").value("JC-" + terminated))
                .andExpect(jsonPath("$.parcels[1].defaults[0].arisenOn").value(today().toString()))
                .andExpect(jsonPath("$.parcels[2].parcelId").value(clean))
                .andExpect(jsonPath("$.parcels[2].defaults", empty()));

        postAs("desk", "/api/v1/parcels/" + overdue + "/payments", """
                { "amount": 12345678.00, "paidOn": "%s", "receiptNo": "R-%s" }""".formatted(today(), overdue))
                .andExpect(status().isOk());
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", path)
                .andExpect(jsonPath("$.parcels[0].defaults", empty()))
                .andExpect(jsonPath("$.openDefaults").value(1)));
    }

    @Test
    void anUnknownCreditCodeIsNotFoundAndAMalformedOneIsRefused() throws Exception {
        expectProblem(getAs("desk", "/api/v1/land-users/" + SampleParcels.nextCreditCode()), 404, "LAND_USER_NOT_FOUND");
        // a wrong check character (GB 32100-2015), a short code, small letters, a letter outside the alphabet
        for (String bad : List.of("91130530MA0CX0XU3F", "9113053", "91130530ma0cx0xu3b", "91130530MA0CX0XU3BX",
                "91130530MA0CX0XUIB")) {
            expectProblem(getAs("desk", "/api/v1/land-users/" + bad), 400, "VALIDATION_FAILED");
        }
        mvc.perform(get("/api/v1/land-users/91130530MA0CX0XU3B")).andExpect(status().isUnauthorized());
    }

    @Test
    void aReplayOfTheParcelLedgerRebuildsTheRecord() throws Exception {
        String code = SampleParcels.nextCreditCode();
        String overdue = registerFor(code);
        registerFor(code);
        sweep(overdue, "2024-03-02");
        awaitProjections();
        String path = "/api/v1/land-users/" + code;
        await().atMost(CATCH_UP).untilAsserted(() -> getAs("desk", path).andExpect(jsonPath("$.openDefaults").value(1)));
        String before = getAs("desk", path).andReturn().getResponse().getContentAsString();

        mvc.perform(post("/api/v1/admin/projections/parcel-ledger/replay").with(as("admin"))).andExpect(status().isAccepted());
        awaitProjections();
        await().atMost(CATCH_UP).untilAsserted(() -> assertThat(getAs("desk", path).andReturn().getResponse()
                .getContentAsString()).isEqualTo(before));
    }

    private String registerFor(String creditCode) throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        register(SampleParcels.registrationJson(parcelId, NAME, creditCode)).andExpect(status().isCreated());
        return parcelId;
    }

    private void sweep(String parcelId, String asOf) {
        commands.sendAndWait(new CheckDuePoints(parcelId, LocalDate.parse(asOf)), AuditMetadata.sweep());
    }
}

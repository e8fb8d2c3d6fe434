package org.parcelwatch.api.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.api.support.SampleParcels;

/**
 * The dead-letter queue on the embedded default (H2): a parcel whose ledger rows the database refuses waits in the
 * queue while a parcel registered after it is projected, and is projected once the fault is undone and its letters
 * are retried (issue 19 item 1; PostgreSQL: {@link PoisonEventTest}).
 */
class DeadLetterEmbeddedTest extends ApiTestSupport {

    @Test
    void aParcelTheLedgerCannotWriteWaitsAndIsProjectedOnRetryAfterTheFix() throws Exception {
        String blocked = SampleParcels.nextParcelId();
        String healthy = SampleParcels.nextParcelId();
        jdbc.execute("alter table parcel_ledger add constraint embedded_test_blocked"
                + " check (project_name is null or project_name not like 'Blocked%')");
        try {
            register(SampleParcels.registrationJson(blocked).replace("Xinhe bearing plant phase II", "Blocked plant"))
                    .andExpect(status().isCreated());
            registerSample(healthy);
            awaitProjections();
            getAs("desk", "/api/v1/parcels/" + healthy).andExpect(status().isOk());
            getAs("desk", "/api/v1/parcels/" + blocked).andExpect(status().isNotFound());
            String letters = getAs("admin", "/api/v1/admin/dead-letters?projection=parcel-ledger")
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(letters).at("/projections/0/sequences")
                    .findValuesAsText("parcelId")).contains(blocked);
            assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where sequence_identifier = ?",
                    Integer.class, blocked)).isEqualTo(1);
        } finally {
            jdbc.execute("alter table parcel_ledger drop constraint if exists embedded_test_blocked");
        }
        postAs("admin", "/api/v1/admin/dead-letters/parcel-ledger/" + blocked + "/retry", "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.processed").value(true));
        getAs("desk", "/api/v1/parcels/" + blocked).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where sequence_identifier = ?", Integer.class,
                blocked)).isZero();
    }

    private void registerSample(String parcelId) throws Exception {
        register(SampleParcels.registrationJson(parcelId)).andExpect(status().isCreated());
    }
}

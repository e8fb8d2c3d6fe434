package org.parcelwatch.api.application.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.parcelwatch.api.application.readmodel.ProjectionVersions.Version;
import org.parcelwatch.api.support.ApiTestSupport;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A projection's version moves with each event it processes and with each rebuild, and with nothing else. */
class ProjectionVersionsTest extends ApiTestSupport {

    @Autowired
    ProjectionVersions versions;

    @Test
    void theVersionMovesWithAnEventProcessedAndWithARebuildOnly() throws Exception {
        registerSample();
        awaitProjections();
        Version before = versions.of(ParcelLedgerProjection.GROUP).orElseThrow();
        assertThat(versions.of(ParcelLedgerProjection.GROUP)).contains(before);

        String parcel = registerSample();
        awaitProjections();
        Version afterAnEvent = versions.of(ParcelLedgerProjection.GROUP).orElseThrow();
        assertThat(afterAnEvent).isNotEqualTo(before);

        // a rebuild's generation (the switch of its tables is marked so on every node)
        int marked = jdbc.update("update projection_replay set generation = generation + 1 where projection = ?",
                ParcelLedgerProjection.GROUP);
        if (marked == 0) {
            jdbc.update("insert into projection_replay (projection, generation, state) values (?, 1, 'RESET')",
                    ParcelLedgerProjection.GROUP);
        }
        Version afterARebuild = versions.of(ParcelLedgerProjection.GROUP).orElseThrow();
        assertThat(afterARebuild).isNotEqualTo(afterAnEvent);
        assertThat(versions.of(ParcelLedgerProjection.GROUP)).contains(afterARebuild);
        getAs("desk", "/api/v1/parcels/" + parcel).andExpect(status().isOk()); // a read moves nothing
        assertThat(versions.of(ParcelLedgerProjection.GROUP)).contains(afterARebuild);
    }

    @Test
    void aProjectionWithoutSegmentsHasNoVersion() {
        assertThat(versions.of("no-such-projection")).isEmpty();
    }
}

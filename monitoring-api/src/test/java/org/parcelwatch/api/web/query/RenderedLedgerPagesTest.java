package org.parcelwatch.api.web.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.readmodel.ProjectionVersions;
import org.parcelwatch.api.application.readmodel.ProjectionVersions.Version;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.LedgerRow;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** A ledger page is read from the tables again whenever their version is not the one it was rendered from. */
class RenderedLedgerPagesTest {

    private final ParcelQueries parcels = mock(ParcelQueries.class);
    private final ProjectionVersions versions = mock(ProjectionVersions.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LedgerFilter town = new LedgerFilter("Xinhe town", null, null, null, null, null);

    RenderedLedgerPagesTest() {
        when(parcels.ledgerRows(any(), any())).thenAnswer(call -> {
            Pageable asked = call.getArgument(1);
            return (Page<LedgerRow>) new PageImpl<LedgerRow>(List.of(), asked, 41);
        });
    }

    private RenderedLedgerPages pages(long megabytes) {
        return new RenderedLedgerPages(parcels, versions, new ObjectMapper(), meters, megabytes);
    }

    private void versionIs(String value) {
        when(versions.of(ParcelLedgerProjection.GROUP)).thenReturn(Optional.of(new Version(value.getBytes())));
    }

    @Test
    void theSamePageUnderTheSameVersionIsReadOnce() throws Exception {
        RenderedLedgerPages pages = pages(1);
        versionIs("v1");
        byte[] first = pages.page(town, 2, 20);
        assertThat(new ObjectMapper().readTree(first).get("totalElements").asLong()).isEqualTo(41);
        assertThat(pages.page(town, 2, 20)).isEqualTo(first);
        verify(parcels, times(1)).ledgerRows(eq(town), eq(PageRequest.of(2, 20)));
        pages.page(town, 1, 20); // another page, another reading
        pages.page(new LedgerFilter("Xunzhai town", null, null, null, null, null), 2, 20);
        verify(parcels, times(3)).ledgerRows(any(), any());
        assertThat(meters.get("parcelwatch.ledger.pages").tag("from", "kept").counter().count()).isEqualTo(1);
        assertThat(meters.get("parcelwatch.ledger.pages").tag("from", "read").counter().count()).isEqualTo(3);
    }

    @Test
    void anotherVersionReadsThePageAgain() {
        RenderedLedgerPages pages = pages(1);
        versionIs("v1");
        pages.page(town, 0, 20);
        versionIs("v2");
        pages.page(town, 0, 20);
        pages.page(town, 0, 20);
        verify(parcels, times(2)).ledgerRows(eq(town), eq(PageRequest.of(0, 20)));
        versionIs("v1"); // a version seen before is still not the one the kept page came from
        pages.page(town, 0, 20);
        verify(parcels, times(3)).ledgerRows(eq(town), eq(PageRequest.of(0, 20)));
    }

    @Test
    void withoutAVersionOrWithoutRoomEveryPageIsRead() {
        RenderedLedgerPages pages = pages(1);
        when(versions.of(ParcelLedgerProjection.GROUP)).thenReturn(Optional.empty());
        pages.page(town, 0, 20);
        pages.page(town, 0, 20);
        verify(parcels, times(2)).ledgerRows(any(), any());

        RenderedLedgerPages none = pages(0);
        versionIs("v1");
        none.page(town, 0, 20);
        none.page(town, 0, 20);
        verify(parcels, times(4)).ledgerRows(any(), any());
    }
}

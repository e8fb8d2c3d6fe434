package org.parcelwatch.api.application.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.jdbc.CountyBureauStore;

/** Which bureau signs a parcel's notices: its county's, from the seed file, else the configured one. */
class IssuingBureausTest {

    private final CountyBureauStore store = mock(CountyBureauStore.class);

    @Test
    void aCountyWhoseSeedFileNamedItsBureauSignsWithIt() {
        when(store.find("130133")).thenReturn(Optional.of("赵县自然资源和规划局"));
        IssuingBureaus bureaus = new IssuingBureaus(store, "新河县自然资源和规划局");

        assertThat(bureaus.forParcel("1301332023B00016")).isEqualTo("赵县自然资源和规划局");
        assertThat(bureaus.forDistrict("130133")).isEqualTo("赵县自然资源和规划局");
    }

    @Test
    void anyOtherParcelIsSignedByTheConfiguredBureau() {
        when(store.find(anyString())).thenReturn(Optional.empty());
        IssuingBureaus bureaus = new IssuingBureaus(store, " 新河县自然资源和规划局 ");

        assertThat(bureaus.forParcel("1305302025B00006")).isEqualTo("新河县自然资源和规划局");
        assertThat(bureaus.forParcel(null)).isEqualTo("新河县自然资源和规划局");
        assertThat(bureaus.forParcel("13")).isEqualTo("新河县自然资源和规划局");
    }

    @Test
    void noBureauConfiguredLeavesTheSealLineUnnamedRatherThanNameAnother() {
        when(store.find(anyString())).thenReturn(Optional.empty());

        assertThat(new IssuingBureaus(store, null).forParcel("1305302025B00006")).isEmpty();
        assertThat(new IssuingBureaus(store, "").forParcel("1305302025B00006")).isEmpty();
    }

    @Test
    void aSeedFileWithoutBureauOrDistrictRecordsNothing() {
        IssuingBureaus bureaus = new IssuingBureaus(store, "");
        bureaus.record("130530", " ");
        bureaus.record(null, "新河县自然资源和规划局");
        verify(store, never()).save(anyString(), anyString());

        bureaus.record(" 130530 ", " 新河县自然资源和规划局 ");
        verify(store).save("130530", "新河县自然资源和规划局");
    }

    @Test
    void aListOfParcelsIsPublishedByEachOfTheirCountysBureausOnceAndAnEmptyOneByTheConfiguredBureau() {
        when(store.find("130133")).thenReturn(Optional.of("赵县自然资源和规划局"));
        when(store.find("130530")).thenReturn(Optional.empty());
        IssuingBureaus bureaus = new IssuingBureaus(store, "新河县自然资源和规划局");

        assertThat(bureaus.forParcels(java.util.List.of("1301332023B00016", "1305302023B00030", "1301332023B00019")))
                .containsExactly("赵县自然资源和规划局", "新河县自然资源和规划局");
        assertThat(bureaus.forParcels(java.util.List.of())).containsExactly("新河县自然资源和规划局");
        assertThat(new IssuingBureaus(store, "").forParcels(java.util.List.of("1305302023B00030"))).isEmpty();
    }
}

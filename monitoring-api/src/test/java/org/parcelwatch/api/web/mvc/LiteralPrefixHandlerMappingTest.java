package org.parcelwatch.api.web.mvc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.UrlPathHelper;
import org.springframework.web.util.pattern.PathPatternParser;

class LiteralPrefixHandlerMappingTest {

    private static final List<String> PATTERNS = List.of("/api/v1/parcels", "/api/v1/parcels/{parcelId}",
            "/api/v1/parcels/{parcelId}/payments", "/api/v1/notices/{noticeNo}.pdf", "/api/v1/admin/**",
            "/parcels/{parcelId}", "/", "", "/api/v1/parcels.csv", "/x/{*rest}", "/a?c/d");

    private static final List<String> PATHS = List.of("/api/v1/parcels", "/api/v1/parcels/", "/api/v1/parcels/P-1",
            "/api/v1/parcels/P-1/payments", "/api/v1/parc%65ls/P-1", "/api/v1/parcels;v=1/P-1", "/api/v1/notices/N.pdf",
            "/api/v1/admin", "/api/v1/admin/a/b", "/parcels/P-1", "/", "", "/x", "/x/y/z", "/abc/d", "/api/v1/worklist",
            "/API/v1/parcels", "/api/v1/parcels%2FP-1");

    @Test
    void aMappingIsSkippedOnlyWhenItsPatternCannotMatchThePath() {
        for (String pattern : PATTERNS) {
            for (String path : PATHS) {
                boolean matches = PathPatternParser.defaultInstance.parse(pattern).matches(PathContainer.parsePath(path));
                // the lookup path Spring hands over has its matrix parameters removed
                String lookupPath = UrlPathHelper.defaultInstance.removeSemicolonContent(path);
                if (matches) {
                    assertThat(LiteralPrefixHandlerMapping.mayMatch(pattern, lookupPath)).as(pattern + " on " + path).isTrue();
                }
            }
        }
    }

    @Test
    void aPathDifferingInTheLiteralStartSkipsTheMapping() {
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}", "/api/v1/notices/N-1")).isFalse();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/admin/**", "/api/v1/parcels/P-1")).isFalse();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels", "/api/v1/parcels/P-1")).isFalse();
        // undecided by the literal start: left to Spring's full match
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}", "/api/v1/parcels/P-1")).isTrue();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}", "/api/v1/parc%65ls/P-1")).isTrue();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/x/**", "/x")).isTrue();
    }
}

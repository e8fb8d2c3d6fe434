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
            "/parcels/{parcelId}", "/", "", "/api/v1/parcels.csv", "/x/{*rest}", "/a?c/d", "/api/v1/parcels/{parcelId}/",
            "/a/*/c", "/a/{b}-{c}/d", "/files/{id:[a-z]+}", "/api/v1/parcels/{parcelId}/notices/{noticeNo}");

    private static final List<String> PATHS = List.of("/api/v1/parcels", "/api/v1/parcels/", "/api/v1/parcels/P-1",
            "/api/v1/parcels/P-1/payments", "/api/v1/parc%65ls/P-1", "/api/v1/parcels;v=1/P-1", "/api/v1/notices/N.pdf",
            "/api/v1/admin", "/api/v1/admin/a/b", "/parcels/P-1", "/", "", "/x", "/x/y/z", "/abc/d", "/api/v1/worklist",
            "/API/v1/parcels", "/api/v1/parcels%2FP-1", "/api/v1/parcels/P-1/", "/api/v1/parcels//P-1",
            "/a/b/c", "/a/bb/c/", "/a/b-c/d", "/a/b-c/d/e", "/files/abc", "/files/ab/c", "/api/v1/parcels/P-1/notices/N-1",
            "/api/v1/parcels/P-1/notices", "/api/v1/parcels/P-1/payments/");

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

    @Test
    void aPathOfOtherSegmentsThanThePatternsSkipsTheMapping() {
        // the same literal start, another number of segments or another literal segment
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}/payments", "/api/v1/parcels/P-1")).isFalse();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}", "/api/v1/parcels/P-1/payments")).isFalse();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}/payments",
                "/api/v1/parcels/P-1/handover")).isFalse();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}/notices/{noticeNo}",
                "/api/v1/parcels/P-1/notices")).isFalse();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/a/*/c", "/a/b/d")).isFalse();
        // left to the full match: as many segments; a trailing slash; an empty segment; patterns spanning segments
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}/payments",
                "/api/v1/parcels/P-1/payments")).isTrue();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}", "/api/v1/parcels/P-1/")).isTrue();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/api/v1/parcels/{parcelId}", "/api/v1/parcels//P-1")).isTrue();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/x/{*rest}", "/x/y/y/z")).isTrue();
        assertThat(LiteralPrefixHandlerMapping.mayMatch("/files/{id:[a-z]+}", "/files/ab/c")).isTrue();
    }
}

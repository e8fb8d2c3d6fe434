package org.parcelwatch.projections;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.parcelwatch.archfixture.projections.ApiAwareProjection;
import org.parcelwatch.archfixture.projections.WebAwareProjection;

/**
 * The rules of {@link ArchitectureTest}, the same rule objects, fail on the fixture classes of
 * {@code org.parcelwatch.archfixture.projections}, each crossing one boundary: so a rule that matches nothing
 * cannot pass unnoticed. Spring web and monitoring-api are not on this module's classpath; the fixtures use
 * stand-ins declared in test-only packages under those names, which is all a package rule looks at.
 */
class BrokenArchitectureTest {

    private static final JavaClasses FIXTURES =
            new ClassFileImporter().importPackages("org.parcelwatch.archfixture.projections");

    @Test
    void aProjectionUsingAnApiTypeBreaksTheApiRule() {
        assertViolatedBy(ArchitectureTest.PROJECTIONS_DO_NOT_KNOW_THE_API, ApiAwareProjection.class.getName());
    }

    @Test
    void aProjectionReadingAWebRequestBreaksTheWebRule() {
        assertViolatedBy(ArchitectureTest.PROJECTIONS_ARE_FREE_OF_WEB, WebAwareProjection.class.getName());
    }

    @Test
    void ledgerAndScheduleUsingEachOtherAreACycle() {
        assertViolatedBy(ArchitectureTest.PROJECTION_PACKAGES_ARE_FREE_OF_CYCLES, "Slice archfixture.projections.ledger");
    }

    private static void assertViolatedBy(ArchRule rule, String culprit) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(detail -> detail.contains(culprit));
    }
}

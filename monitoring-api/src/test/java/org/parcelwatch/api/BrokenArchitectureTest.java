package org.parcelwatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.parcelwatch.archfixture.api.application.FixtureUseCase;
import org.parcelwatch.archfixture.api.store.FixtureStore;
import org.parcelwatch.archfixture.api.web.FixtureController;

/**
 * The rules of {@link ArchitectureTest}, the same rule objects, fail on the fixture classes of
 * {@code org.parcelwatch.archfixture.api}, which mirror the layers ({@code ..api.web..}, {@code ..api.application..},
 * {@code ..api.store..}) and cross every boundary: so a rule that matches nothing, or checks the wrong direction,
 * cannot pass unnoticed.
 */
class BrokenArchitectureTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.parcelwatch.archfixture.api");

    @Test
    void aControllerUsingTheStoreBreaksTheWebRule() {
        assertViolatedBy(ArchitectureTest.WEB_DOES_NOT_TOUCH_STORE, FixtureController.class.getName());
    }

    @Test
    void aUseCaseAnsweringInAWebTypeBreaksTheApplicationRule() {
        assertViolatedBy(ArchitectureTest.APPLICATION_DOES_NOT_KNOW_WEB, FixtureUseCase.class.getName());
    }

    @Test
    void aStoreKnowingAWebTypeBreaksTheStoreRule() {
        assertViolatedBy(ArchitectureTest.STORE_DOES_NOT_KNOW_WEB, FixtureStore.class.getName());
    }

    @Test
    void webAndStoreUsingEachOtherAreACycle() {
        assertViolatedBy(ArchitectureTest.API_PACKAGES_ARE_FREE_OF_CYCLES, "Slice archfixture.api.store");
    }

    private static void assertViolatedBy(ArchRule rule, String culprit) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(detail -> detail.contains(culprit));
    }
}

package org.parcelwatch.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.parcelwatch.archfixture.monitoring.EntityEvent;
import org.parcelwatch.archfixture.monitoring.ModuleAwareRule;
import org.parcelwatch.archfixture.monitoring.ServletCommand;
import org.parcelwatch.archfixture.monitoring.SpringAwarePolicy;

/**
 * The rules of {@link ArchitectureTest}, the same rule objects, fail on the fixture classes of
 * {@code org.parcelwatch.archfixture.monitoring}, each crossing one boundary: so a rule that matches nothing
 * cannot pass unnoticed. Spring, JPA, the servlet API and the other modules are not on this module's classpath;
 * the fixtures use stand-ins declared in test-only packages under those names ({@code org.springframework.archfixture},
 * {@code jakarta.persistence.archfixture}, ...), which is all a package rule looks at.
 */
class BrokenArchitectureTest {

    private static final JavaClasses FIXTURES =
            new ClassFileImporter().importPackages("org.parcelwatch.archfixture.monitoring");

    @Test
    void aPolicyUsingSpringBreaksTheSpringRule() {
        assertViolatedBy(ArchitectureTest.CORE_IS_FREE_OF_SPRING, SpringAwarePolicy.class.getName());
    }

    @Test
    void anEventCarryingAJpaTypeBreaksThePersistenceRule() {
        assertViolatedBy(ArchitectureTest.CORE_IS_FREE_OF_PERSISTENCE, EntityEvent.class.getName());
    }

    @Test
    void aCommandCarryingAServletTypeBreaksTheWebRule() {
        assertViolatedBy(ArchitectureTest.CORE_IS_FREE_OF_WEB, ServletCommand.class.getName());
    }

    @Test
    void aRuleReadingProjectionsAndTheApiBreaksTheModuleRule() {
        assertViolatedBy(ArchitectureTest.CORE_DOES_NOT_KNOW_THE_MODULES_ON_IT, "ProjectionStandIn");
        assertViolatedBy(ArchitectureTest.CORE_DOES_NOT_KNOW_THE_MODULES_ON_IT, "ApiStandIn");
        assertViolatedBy(ArchitectureTest.CORE_DOES_NOT_KNOW_THE_MODULES_ON_IT, ModuleAwareRule.class.getName());
    }

    @Test
    void aPolicyTakingTheAggregateIsAPackageCycle() {
        assertViolatedBy(ArchitectureTest.CORE_PACKAGES_ARE_FREE_OF_CYCLES, "Slice archfixture.monitoring.payment");
    }

    private static void assertViolatedBy(ArchRule rule, String culprit) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(detail -> detail.contains(culprit));
    }
}

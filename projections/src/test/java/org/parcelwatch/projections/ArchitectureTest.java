package org.parcelwatch.projections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of projections: event handlers and query tables, read by monitoring-api but knowing
 * nothing of it nor of the web. {@link BrokenArchitectureTest} shows each rule failing on classes that
 * cross the boundary.
 */
@AnalyzeClasses(packages = "org.parcelwatch.projections", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule PROJECTIONS_DO_NOT_KNOW_THE_API = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.parcelwatch.api..")
            .because("monitoring-api reads the projections, never the other way round");

    @ArchTest
    static final ArchRule PROJECTIONS_ARE_FREE_OF_WEB = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..",
                    "javax.servlet..")
            .because("the projections are kept by event handlers; requests are monitoring-api's web layer");

    @ArchTest
    static final ArchRule PROJECTION_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.parcelwatch.(**)")
            .should().beFreeOfCycles();
}

package org.parcelwatch.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers of monitoring-api: {@code web} (controllers, request and answer types, errors, idempotency,
 * security, OpenAPI) calls {@code application} (the use cases), which works through {@code store} (Axon
 * storage, repositories, JDBC, Quartz). The web never reaches past the use cases into the store, and neither
 * lower layer knows the web. {@link BrokenArchitectureTest} shows each rule failing on classes that cross
 * a boundary.
 */
@AnalyzeClasses(packages = "org.parcelwatch.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String WEB = "..api.web..";
    static final String APPLICATION = "..api.application..";
    static final String STORE = "..api.store..";

    @ArchTest
    static final ArchRule WEB_DOES_NOT_TOUCH_STORE = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(STORE)
            .because("the web goes through the use cases of application, never straight to the storage");

    @ArchTest
    static final ArchRule APPLICATION_DOES_NOT_KNOW_WEB = noClasses()
            .that().resideInAPackage(APPLICATION)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .because("the use cases serve the web, the sweep job and the seed loader alike");

    @ArchTest
    static final ArchRule STORE_DOES_NOT_KNOW_WEB = noClasses()
            .that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .because("storage is below the use cases and knows nothing of requests");

    @ArchTest
    static final ArchRule API_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.parcelwatch.(**)")
            .should().beFreeOfCycles();
}

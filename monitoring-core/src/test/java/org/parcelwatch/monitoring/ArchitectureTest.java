package org.parcelwatch.monitoring;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.parcelwatch.monitoring.parcel.IdleCase;
import org.parcelwatch.monitoring.parcel.Input;
import org.parcelwatch.monitoring.parcel.InstallmentLedger;
import org.parcelwatch.monitoring.parcel.MilestoneTrack;
import org.parcelwatch.monitoring.parcel.Money;
import org.parcelwatch.monitoring.parcel.NoticeRecord;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;

/**
 * The boundaries of monitoring-core: the aggregate, its commands, events and rules are plain Java on Axon's
 * modelling and event sourcing (and Jackson, for the event hash and the shared JSON settings). No framework
 * of the application around it, no persistence, no web, and nothing of the modules built on it.
 * {@link BrokenArchitectureTest} shows each rule failing on classes that cross the boundary.
 */
@AnalyzeClasses(packages = "org.parcelwatch.monitoring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule CORE_IS_FREE_OF_SPRING = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
            .because("the core is plain Java with Axon modelling, unit-tested without Spring (DESIGN §3)");

    @ArchTest
    static final ArchRule CORE_IS_FREE_OF_PERSISTENCE = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "javax.persistence..",
                    "org.hibernate..")
            .because("the aggregate is event-sourced; tables belong to the projections and the store");

    @ArchTest
    static final ArchRule CORE_IS_FREE_OF_WEB = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "javax.servlet..",
                    "org.springframework.web..", "org.springframework.http..")
            .because("requests and answers are monitoring-api's, not the domain's");

    @ArchTest
    static final ArchRule CORE_DOES_NOT_KNOW_THE_MODULES_ON_IT = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.parcelwatch.projections..", "org.parcelwatch.api..")
            .because("projections and monitoring-api depend on the core, never the other way round");

    /**
     * The one known exception to acyclic packages: {@code parcel} holds both the aggregate, which calls into every
     * concept package, and the types those packages build on: the event marker, the values and the input checks (shared kernel),
     * and the parts of the aggregate's state that the policies and the due-point rules read. Dependencies on
     * exactly these types are not counted; any other dependency back into {@code parcel} (on the aggregate
     * itself, say) and any cycle between the concept packages still fail. Moving them out of {@code parcel}
     * removes the need for this list.
     */
    static final Class<?>[] TYPES_SHARED_FROM_PARCEL = {
            ParcelEvent.class, Input.class, Money.class, Rule.class, Refusal.class, RuleCode.class, ParcelRuleException.class, PenaltyRates.class,
            SupervisionSettings.class, ParcelState.class, IdleCase.class, MilestoneTrack.class, InstallmentLedger.class,
            NoticeRecord.class};

    @ArchTest
    static final ArchRule CORE_PACKAGES_ARE_FREE_OF_CYCLES = slices()
            .matching("org.parcelwatch.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(alwaysTrue(), belongToAnyOf(TYPES_SHARED_FROM_PARCEL))
            .because("a package cycle makes the concepts one lump; the types shared from parcel are a known exception");
}

package org.parcelwatch.api.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code parcelwatch.supervision.*} bound into the one {@link SupervisionSettings} bean, without the rest of the application. */
class SupervisionPropertiesTest {

    @EnableConfigurationProperties({SupervisionProperties.class, PatrolProperties.class})
    static class Binding {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class, SupervisionConfiguration.class);

    @Test
    void withoutPropertiesTheSettingsAreTheDefaults() {
        runner.run(context -> assertThat(context.getBean(SupervisionSettings.class)).isEqualTo(SupervisionSettings.defaults()));
    }

    @Test
    void theShippedApplicationYmlStatesTheDefaults() {
        runner.withInitializer(new ConfigDataApplicationContextInitializer())
              .run(context -> assertThat(context.getBean(SupervisionSettings.class)).isEqualTo(SupervisionSettings.defaults()));
    }

    @Test
    void everyFigureIsBound() {
        runner.withPropertyValues(
                        "parcelwatch.supervision.reminder-lead-days=20",
                        "parcelwatch.supervision.extension-application-lead-days=25",
                        "parcelwatch.supervision.termination-after-days=90",
                        "parcelwatch.supervision.investigation-days=15",
                        "parcelwatch.supervision.investigation-answer-days=35",
                        "parcelwatch.supervision.idle-fee-rate=0.15",
                        "parcelwatch.supervision.idle-fee-payment-days=45",
                        "parcelwatch.supervision.default-penalty-rates.late-payment-per-day=0.0005",
                        "parcelwatch.supervision.default-penalty-rates.late-start-per-day=0.0003",
                        "parcelwatch.supervision.default-penalty-rates.late-completion-per-day=0.0002")
              .run(context -> assertThat(context.getBean(SupervisionSettings.class)).isEqualTo(new SupervisionSettings(
                      20, 25, 90, 15, 35, new BigDecimal("0.15"), 45,
                      new PenaltyRates(new BigDecimal("0.0005"), new BigDecimal("0.0003"), new BigDecimal("0.0002")))));
    }

    @Test
    void aFigureLeftOutKeepsItsDefault() {
        runner.withPropertyValues("parcelwatch.supervision.reminder-lead-days=20",
                        "parcelwatch.supervision.default-penalty-rates.late-start-per-day=0.0005")
              .run(context -> {
                  SupervisionSettings defaults = SupervisionSettings.defaults();
                  SupervisionSettings settings = context.getBean(SupervisionSettings.class);
                  assertThat(settings.reminderLeadDays()).isEqualTo(20);
                  assertThat(settings.terminationAfterDays()).isEqualTo(defaults.terminationAfterDays());
                  assertThat(settings.idleFeeRate()).isEqualTo(defaults.idleFeeRate());
                  assertThat(settings.defaultPenaltyRates()).isEqualTo(new PenaltyRates(new BigDecimal("0.001"),
                          new BigDecimal("0.0005"), new BigDecimal("0.001")));
              });
    }

    @Test
    void anImpossibleFigureStopsTheStart() {
        runner.withPropertyValues("parcelwatch.supervision.reminder-lead-days=-1")
              .run(context -> assertThat(context).hasFailed().getFailure()
                      .rootCause().hasMessage("supervision day counts must not be negative"));
        runner.withPropertyValues("parcelwatch.supervision.idle-fee-rate=20")
              .run(context -> assertThat(context).hasFailed().getFailure()
                      .rootCause().hasMessage("idle fee rate must be within 0..1"));
        runner.withPropertyValues("parcelwatch.patrol.cross-share=0.8", "parcelwatch.patrol.spot-check-share=0.3")
              .run(context -> assertThat(context).hasFailed().getFailure()
                      .rootCause().hasMessageContaining("add up to at most 1"));
    }

    @Test
    void thePatrolFiguresAreBound() {
        runner.withPropertyValues("parcelwatch.patrol.task-days=3", "parcelwatch.patrol.periodic-days=14",
                        "parcelwatch.patrol.cross-share=0.2", "parcelwatch.patrol.spot-check-share=0.1",
                        "parcelwatch.patrol.random-seed=7")
              .run(context -> assertThat(context.getBean(SupervisionSettings.class).patrol())
                      .isEqualTo(new org.parcelwatch.monitoring.patrol.PatrolSettings(3, 14, 0.2, 0.1, 7L)));
    }
}

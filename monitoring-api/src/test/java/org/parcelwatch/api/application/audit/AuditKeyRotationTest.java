package org.parcelwatch.api.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.ParcelwatchApplication;
import org.parcelwatch.api.store.audit.AuditCheckpoints;
import org.parcelwatch.api.support.FreshDataDir;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditKey;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Rotating the audit key (README, Audit): the new key seals from the restart on, the old one, kept as a retired key,
 * still verifies what it sealed; a node without the old key names the events it cannot check.
 */
class AuditKeyRotationTest {

    private static final String OLD = "b2xkLWtleS1vbGQta2V5LW9sZC1rZXktb2xkLWtleS0=";
    private static final String NEW = "bmV3LWtleS1uZXcta2V5LW5ldy1rZXktbmV3LWtleS0=";

    @Test
    void aRotatedKeySealsNewEventsWhileTheRetiredKeyVerifiesTheOldOnes() {
        Path dataDir = FreshDataDir.named("h2-AuditKeyRotationTest-");
        String id = SampleParcels.nextParcelId();
        try (ConfigurableApplicationContext before = start(dataDir, "--parcelwatch.audit.key=" + OLD)) {
            before.getBean(CommandGateway.class).sendAndWait(SampleParcels.registerInHistory(id));
        }

        try (ConfigurableApplicationContext after = start(dataDir, "--parcelwatch.audit.key=" + NEW,
                "--parcelwatch.audit.retired-keys=" + OLD)) {
            IntegrityCheck integrity = after.getBean(IntegrityCheck.class);
            assertThat(integrity.parcel(id).intact()).isTrue();

            after.getBean(CommandGateway.class).sendAndWait(
                    new RecordPayment(id, new BigDecimal("6172839.00"), LocalDate.parse("2024-02-25"), "R-1"));
            List<DomainEventMessage<?>> events = after.getBean(ParcelHistory.class).readAll(id);
            assertThat(events).extracting(e -> e.getMetaData().get(AuditMetadata.SEAL_KEY))
                    .containsExactly(AuditKey.fromBase64(OLD).id(), AuditKey.fromBase64(NEW).id());
            assertThat(after.getBean(AuditCheckpoints.class).find(id).orElseThrow().headKeyId())
                    .isEqualTo(AuditKey.fromBase64(NEW).id());
            assertThat(integrity.parcel(id).intact()).isTrue();

            // a node given the new key only
            AuditKeyring newOnly = new AuditKeyring(AuditKey.fromBase64(NEW), List.of());
            IntegrityCheck.Verdict verdict = IntegrityCheck.verify(id, events,
                    after.getBean(AuditCheckpoints.class).find(id).orElseThrow(), newOnly);
            assertThat(verdict.broken().sequence()).isZero();
            assertThat(verdict.broken().code()).isEqualTo(IntegrityCheck.Problem.UNKNOWN_KEY);
            assertThat(verdict.broken().reason()).contains(AuditKey.fromBase64(OLD).id());
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... keys) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--parcelwatch.data-dir=" + dataDir,
                "--parcelwatch.node-id=rotation"), java.util.Arrays.stream(keys)).toArray(String[]::new);
        return new SpringApplicationBuilder(ParcelwatchApplication.class).web(WebApplicationType.NONE).run(args);
    }
}

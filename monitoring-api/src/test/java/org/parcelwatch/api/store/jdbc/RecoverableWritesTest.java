package org.parcelwatch.api.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Sweep checks commit without waiting for the WAL flush; what a desk records still waits for it. */
@PostgresTest
class RecoverableWritesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void onlySweepSourcedCommandsCommitAsynchronously() throws Exception {
        assertThat(commitModeWhileHandling(AuditMetadata.sweep())).isEqualTo("off");
        assertThat(commitModeWhileHandling(AuditMetadata.of("desk", "DESK", AuditMetadata.Source.REST))).isEqualTo("on");
        // SET LOCAL ends with its transaction
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
    }

    private String commitModeWhileHandling(org.axonframework.messaging.MetaData metaData) {
        RecoverableWrites.AsyncCommit<CommandMessage<?>> interceptor = new RecoverableWrites.AsyncCommit<>(jdbc,
                message -> AuditMetadata.Source.SWEEP.name().equals(message.getMetaData().get(AuditMetadata.SOURCE)));
        AtomicReference<String> seen = new AtomicReference<>();
        transactions.executeWithoutResult(tx -> {
            CommandMessage<?> command = GenericCommandMessage.asCommandMessage("check").andMetaData(metaData);
            DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(command);
            try {
                new DefaultInterceptorChain<>(unitOfWork, java.util.List.of(interceptor), message -> {
                    seen.set(jdbc.queryForObject("show synchronous_commit", String.class));
                    return null;
                }).proceed();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                unitOfWork.commit();
            }
        });
        return seen.get();
    }
}

package org.parcelwatch.api.store.jdbc;

import java.util.List;
import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.projections.ProjectionProcessing;
import org.parcelwatch.projections.jdbc.SqlDialect;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, writes that can be redone commit without waiting for the WAL flush
 * ({@code SET LOCAL synchronous_commit = off}): projection batches (their token is in the same
 * transaction, so a lost batch is simply processed again) and the sweep's checks (idempotent: a lost
 * check is repeated by the next sweep, and being lost whole it left no half notice). A crash can lose
 * at most the last few hundred milliseconds of these, never corrupt them; what a desk records keeps
 * the full durability of a synchronous commit. Without this every projection batch and every sweep
 * check waits for its own disk flush, and the disk's flush rate, not the CPU, caps throughput.
 */
@Configuration(proxyBeanMethods = false)
public class RecoverableWrites {

    private static final String MARK = RecoverableWrites.class.getName() + ".asyncCommit";

    @Bean
    public ConfigurerModule asyncCommitForProjections(DataSource dataSource,
                                                     @Value("${parcelwatch.durability.async-projection-commits:true}") boolean enabled) {
        return configurer -> configurer.eventProcessing(processing -> {
            if (enabled && SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL) {
                List<String> groups = ProjectionProcessing.GROUPS;
                groups.forEach(group -> processing.registerHandlerInterceptor(group,
                        config -> new AsyncCommit<EventMessage<?>>(new JdbcTemplate(dataSource), message -> true)));
            }
        });
    }

    @Bean
    public SmartInitializingSingleton asyncCommitForSweepChecks(CommandBus commandBus, DataSource dataSource,
                                                               @Value("${parcelwatch.durability.async-sweep-commits:true}") boolean enabled) {
        return () -> {
            if (enabled && SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL) {
                commandBus.registerHandlerInterceptor(new AsyncCommit<CommandMessage<?>>(new JdbcTemplate(dataSource),
                        message -> AuditMetadata.Source.SWEEP.name().equals(message.getMetaData().get(AuditMetadata.SOURCE))));
            }
        };
    }

    /**
     * Sets the commit mode once per unit of work, inside its transaction. A unit of work without one (on PostgreSQL a
     * command opens none: its one statement commits at once, see AxonStoreConfiguration#commandBus) keeps the
     * synchronous commit: there is no transaction for {@code SET LOCAL} to apply to.
     */
    record AsyncCommit<T extends org.axonframework.messaging.Message<?>>(
            JdbcTemplate jdbc, java.util.function.Predicate<T> applies) implements MessageHandlerInterceptor<T> {

        @Override
        public Object handle(UnitOfWork<? extends T> unitOfWork,
                             org.axonframework.messaging.InterceptorChain interceptorChain) throws Exception {
            if (applies.test(unitOfWork.getMessage())
                    && TransactionSynchronizationManager.isActualTransactionActive()
                    && unitOfWork.root().getOrComputeResource(MARK, key -> Boolean.FALSE).equals(Boolean.FALSE)) {
                jdbc.execute("SET LOCAL synchronous_commit = off");
                unitOfWork.root().resources().put(MARK, Boolean.TRUE);
            }
            return interceptorChain.proceed();
        }
    }
}

package org.parcelwatch.api.store.quartz;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.SchedulerConfigException;
import org.quartz.impl.jdbcjobstore.JobStoreCMT;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Spring's {@link LocalDataSourceJobStore}, except that it registers its connection providers with Quartz
 * under names of its own. Spring names them after the scheduler ({@code springTxDataSource.parcelwatch}),
 * and Quartz keeps them in one JVM-wide registry: a second application context in the same JVM (tests start
 * several, and two "nodes" of a cluster share the scheduler name by design) replaced the first one's, so
 * the first scheduler went on checking in, firing and recovering jobs in the second one's database, and
 * failed once that context had closed its pool. The scheduler name (the {@code SCHED_NAME} of the rows,
 * which is what makes nodes one cluster) is unchanged. Configured as {@code org.quartz.jobStore.class}
 * on the {@code postgres} profile.
 */
public class ContextLocalDataSourceJobStore extends JobStoreCMT {

    private static final AtomicInteger STORES = new AtomicInteger();

    private DataSource dataSource;

    @Override
    public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
        DataSource transactional = SchedulerFactoryBean.getConfigTimeDataSource();
        if (transactional == null) {
            throw new SchedulerConfigException("No local DataSource found for configuration - "
                    + "'dataSource' property must be set on SchedulerFactoryBean");
        }
        this.dataSource = transactional;
        DataSource nonTransactional = SchedulerFactoryBean.getConfigTimeNonTransactionalDataSource();
        DataSource plain = nonTransactional != null ? nonTransactional : transactional;
        String key = getInstanceName() + "#" + STORES.incrementAndGet();

        // transactional connections join Spring's transaction, as Spring's own store does
        setDataSource(LocalDataSourceJobStore.TX_DATA_SOURCE_PREFIX + key);
        setDontSetAutoCommitFalse(true);
        DBConnectionManager.getInstance().addConnectionProvider(getDataSource(),
                new Provider(transactional, DataSourceUtils::doGetConnection));
        setNonManagedTXDataSource(LocalDataSourceJobStore.NON_TX_DATA_SOURCE_PREFIX + key);
        DBConnectionManager.getInstance().addConnectionProvider(getNonManagedTXDataSource(),
                new Provider(plain, DataSource::getConnection));

        // Spring's own store turns Quartz's row locks off for HSQLDB; PostgreSQL and H2, the two databases
        // Parcelwatch runs on, both take them, so this store always does.
        super.initialize(loadHelper, signaler);
    }

    @Override
    protected void closeConnection(Connection connection) {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }

    @FunctionalInterface
    private interface Opening {
        Connection open(DataSource dataSource) throws SQLException;
    }

    /** A provider over a Spring-managed pool; lets go of it when the scheduler shuts down. */
    private static final class Provider implements ConnectionProvider {

        private volatile DataSource dataSource;
        private final Opening opening;

        Provider(DataSource dataSource, Opening opening) {
            this.dataSource = dataSource;
            this.opening = opening;
        }

        @Override
        public Connection getConnection() throws SQLException {
            DataSource current = dataSource;
            if (current == null) {
                throw new SQLException("this Quartz scheduler has shut down");
            }
            return opening.open(current);
        }

        @Override
        public void shutdown() {
            dataSource = null;
        }

        @Override
        public void initialize() {
            // the pool has its own lifecycle
        }
    }
}

package org.parcelwatch.api.support;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives the application context a fresh {@link PostgresDatabase} and drops it when the context closes.
 *
 * <p>The database is registered as a disposable singleton before any other bean exists, so it is
 * destroyed last: after the connection pool, the event processors and Quartz have let go of it.
 * The test can {@code @Autowired PostgresDatabase} to query it directly.
 */
public class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String BEAN_NAME = "postgresDatabase";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PostgresDatabase database = PostgresDatabase.create();
        TestPropertyValues.of(database.springProperties()).applyTo(context);
        DefaultListableBeanFactory beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
        beanFactory.registerSingleton(BEAN_NAME, database);
        beanFactory.registerDisposableBean(BEAN_NAME, database::close);
    }
}

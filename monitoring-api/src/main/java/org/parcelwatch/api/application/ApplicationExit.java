package org.parcelwatch.api.application;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Ends a run of the application that a start-up runner finished (the demo, the command-line import): the context
 * closes first, with its exit code generators, then the JVM ends with the code.
 */
@Component
public class ApplicationExit {

    private final ConfigurableApplicationContext context;

    public ApplicationExit(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public void exit(int code) {
        System.exit(SpringApplication.exit(context, () -> code));
    }
}

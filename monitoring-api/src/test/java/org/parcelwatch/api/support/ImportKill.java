package org.parcelwatch.api.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Cuts a node's work off at a command, as a {@code kill -9} would between two commands: once armed, the command
 * after the {@code n}-th one never leaves, and the thread that sends it dies with {@link Killed} (an {@link Error},
 * which neither the import nor its retries catch). Whatever the node wrote before is in the database, committed;
 * nothing after. Every write an import makes either is a command or follows one before the next command leaves, so
 * "after the n-th command" covers each place a kill can fall, up to the order of those writes.
 */
public final class ImportKill implements MessageDispatchInterceptor<CommandMessage<?>> {

    /** The thread was "killed". */
    public static final class Killed extends Error {
        Killed(int commands) {
            super("killed after " + commands + " commands");
        }
    }

    private final AtomicInteger dispatched = new AtomicInteger();
    private final List<Object> sent = Collections.synchronizedList(new ArrayList<>());
    private volatile int killAfter = -1;

    /** Counts the commands of {@code node} from now on, unarmed. */
    public static ImportKill on(ApplicationContext node) {
        ImportKill kill = new ImportKill();
        node.getBean(CommandBus.class).registerDispatchInterceptor(kill);
        return kill;
    }

    /** Counts from zero again, and kills before the command after the {@code commands}-th (none when negative). */
    public ImportKill after(int commands) {
        dispatched.set(0);
        sent.clear();
        killAfter = commands;
        return this;
    }

    public void disarm() {
        killAfter = -1;
    }

    /** Commands sent since the last {@link #after} (or since registered). */
    public int dispatched() {
        return dispatched.get();
    }

    /** The payloads of those commands, in the order they were sent. */
    public List<Object> sent() {
        synchronized (sent) {
            return List.copyOf(sent);
        }
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            int limit = killAfter;
            if (limit >= 0 && dispatched.get() >= limit) {
                killAfter = -1;
                throw new Killed(limit);
            }
            dispatched.incrementAndGet();
            sent.add(message.getPayload());
            return message;
        };
    }

    /**
     * In a context started with {@code parcelwatch.test.kill-after-commands=n}: the kill is armed before the
     * application runners start (the first-start seed load among them).
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class AtStartUp {

        @Bean
        ImportKill importKill(CommandBus commandBus, @Value("${parcelwatch.test.kill-after-commands:-1}") int commands) {
            ImportKill kill = new ImportKill();
            commandBus.registerDispatchInterceptor(kill);
            return kill.after(commands);
        }
    }
}

package org.parcelwatch.api.store.axon;

import java.lang.management.ManagementFactory;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in the cluster: in the processors' token claims and on a projection rebuild it runs.
 * {@code parcelwatch.node-id} when set; otherwise the JVM's name (pid@host) plus a random suffix, since pid@host is the
 * same for two application contexts in one JVM, which would then take each other's claims for their own.
 */
@Component
public class NodeName {

    private final String value;

    public NodeName(@Value("${parcelwatch.node-id:}") String configured) {
        this.value = configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

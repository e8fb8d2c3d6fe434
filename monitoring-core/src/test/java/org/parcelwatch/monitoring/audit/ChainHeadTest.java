package org.parcelwatch.monitoring.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.ParcelwatchJson;

/** The chain's end reads its event's metadata only when its hash is asked for, and is stored as the hash itself. */
class ChainHeadTest {

    private static final ObjectMapper JSON = ParcelwatchJson.objectMapper();
    private static final String HASH = "ab".repeat(32);

    /** As an aggregate holds it in its snapshot. */
    static final class Holder {
        private ChainHead lastHash;
        private String other = "x";
    }

    @Test
    void theEventsMetadataIsReadOnlyWhenTheHashIsAskedForAndThenOnce() {
        AtomicInteger reads = new AtomicInteger();
        Message<?> event = counting(GenericEventMessage.asEventMessage("payload").andMetaData(MetaData.with(AuditMetadata.HASH, HASH)),
                reads);

        ChainHead head = ChainHead.after(event);
        assertThat(reads).hasValue(0);

        assertThat(head.hash()).isEqualTo(HASH);
        assertThat(head.hash()).isEqualTo(HASH);
        assertThat(reads).hasValue(1);
    }

    @Test
    void twoEndsOfAChainAreEqualWhenTheirHashesAre() {
        ChainHead read = ChainHead.after(GenericEventMessage.asEventMessage("payload").andMetaData(MetaData.with(AuditMetadata.HASH, HASH)));

        assertThat(read).isEqualTo(ChainHead.of(HASH)).hasSameHashCodeAs(ChainHead.of(HASH));
        assertThat(read).isNotEqualTo(ChainHead.of("cd".repeat(32)));
    }

    @Test
    void aStreamNotBegunAndAnEventWithoutAHashHaveNone() {
        assertThat(ChainHead.hashOf(null)).isNull();
        assertThat(ChainHead.after(GenericEventMessage.asEventMessage("payload")).hash()).isNull();
    }

    @Test
    void aSnapshotHoldsTheHashAsTheStringItHeldBeforeAndReadsItBack() throws Exception {
        Holder holder = new Holder();
        holder.lastHash = ChainHead.after(GenericEventMessage.asEventMessage("payload")
                .andMetaData(MetaData.with(AuditMetadata.HASH, HASH)));

        String json = JSON.writeValueAsString(holder);

        assertThat(json).isEqualTo("{\"lastHash\":\"" + HASH + "\",\"other\":\"x\"}");
        assertThat(JSON.readValue(json, Holder.class).lastHash.hash()).isEqualTo(HASH);
        assertThat(JSON.readValue("{\"lastHash\":null,\"other\":\"x\"}", Holder.class).lastHash).isNull();
        assertThat(JSON.writeValueAsString(new Holder())).isEqualTo("{\"lastHash\":null,\"other\":\"x\"}");
    }

    private static Message<?> counting(Message<?> message, AtomicInteger metaDataReads) {
        return (Message<?>) Proxy.newProxyInstance(ChainHeadTest.class.getClassLoader(), new Class<?>[] {Message.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getMetaData")) {
                        metaDataReads.incrementAndGet();
                    }
                    return method.invoke(message, args);
                });
    }
}

package org.parcelwatch.api.store.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.audit.AuditMetadata;

/** The store's serializers read metadata with {@link MetaDataReader}, to the same metadata as Axon's own deserializer. */
class MetaDataReaderTest {

    private final Serializer store = new AxonStoreConfiguration().eventSerializer(new AnnotationRevisionResolver());
    private final Serializer axons = JacksonSerializer.builder().objectMapper(ParcelwatchJson.objectMapper()).build();

    @Test
    void theStoresSerializerReadsMetadataWithIt() throws Exception {
        ObjectMapper mapper = ((JacksonSerializer) store).getObjectMapper();
        DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createInstance(mapper.getDeserializationConfig(), null, null);

        assertThat(context.findRootValueDeserializer(mapper.constructType(MetaData.class))).isInstanceOf(MetaDataReader.class);
    }

    @Test
    void itReadsWhatAxonsDeserializerReads() {
        MetaData stored = MetaData.from(Map.of(AuditMetadata.ACTOR, "李明", AuditMetadata.HASH, "ab".repeat(32),
                "count", 3, "big", 12345678901L, "amount", new BigDecimal("6172839.00"), "flag", true,
                "nested", Map.of("a", List.of(1, "two")), "nothing", ""));
        for (MetaData metaData : List.of(stored, MetaData.emptyInstance())) {
            SerializedObject<byte[]> bytes = store.serialize(metaData, byte[].class);

            MetaData read = store.deserialize(bytes);

            assertThat(read).isEqualTo((MetaData) axons.deserialize(bytes));
            assertThat(read).isEqualTo((MetaData) store.deserialize(bytes)); // again, with the deserializer resolved
        }
    }
}

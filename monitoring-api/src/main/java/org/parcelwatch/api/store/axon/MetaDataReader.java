package org.parcelwatch.api.store.axon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * Reads an event's stored metadata as Axon's own {@code MetaDataDeserializer} does (the map of string keys and untyped
 * values, through the mapper's map deserializer), but looks that map deserializer up once instead of on every event:
 * Axon's finds and contextualises it per call, which was over a third of reading an event's metadata, and the sweep
 * reads the metadata of every parcel it loads. Registered after the serializer is built
 * ({@link AxonStoreConfiguration}), so that it comes before the one Axon registers.
 */
final class MetaDataReader extends JsonDeserializer<MetaData> implements ResolvableDeserializer {

    private JsonDeserializer<Object> map;

    /** The module that registers it. */
    static SimpleModule module() {
        return new SimpleModule("parcelwatch-metadata").addDeserializer(MetaData.class, new MetaDataReader());
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
        map = context.findRootValueDeserializer(
                context.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    @Override
    @SuppressWarnings("unchecked")
    public MetaData deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return MetaData.from((Map<String, ?>) map.deserialize(parser, context, new HashMap<>()));
    }

    @Override
    public Object deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types)
            throws IOException {
        return types.deserializeTypedFromObject(parser, context);
    }

    /** Resolved once and kept by the mapper, like the deserializers it finds for payloads. */
    @Override
    public boolean isCachable() {
        return true;
    }
}

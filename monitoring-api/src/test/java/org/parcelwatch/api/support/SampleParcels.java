package org.parcelwatch.api.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;
import org.parcelwatch.api.web.openapi.ApiExamples;
import org.parcelwatch.monitoring.registration.RegisterParcel;

/**
 * The registration of DESIGN §4 (Xinhe bearing plant, county 130530), with a fresh supervision number per
 * call so tests can share a database.
 */
public final class SampleParcels {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000, 90_000));

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final String EXAMPLE_PARCEL_ID = "\"parcelId\": \"" + ApiPatterns.PARCEL_ID_EXAMPLE + "\"";

    static {
        if (!ApiExamples.REGISTRATION.contains(EXAMPLE_PARCEL_ID)) {
            throw new IllegalStateException("the example registration has no " + EXAMPLE_PARCEL_ID + " to replace");
        }
    }

    private SampleParcels() {
    }

    /** A supervision number of county 130530 that no other test in this JVM uses. */
    public static String nextParcelId() {
        return "1305302024B" + String.format("%05d", SERIAL.getAndIncrement() % 100_000);
    }

    /** The DESIGN §4 request body for the given parcel: the registration the OpenAPI document shows. */
    public static String registrationJson(String parcelId) {
        return ApiExamples.REGISTRATION.replace(EXAMPLE_PARCEL_ID, "\"parcelId\": \"" + parcelId + "\"");
    }

    /** The same registration as a command, mapped exactly as the REST layer maps it. */
    public static RegisterParcel registerCommand(String parcelId) {
        try {
            return JSON.readValue(registrationJson(parcelId), RegisterParcelRequest.class).toCommand();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

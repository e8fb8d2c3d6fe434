package org.parcelwatch.api.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;
import org.parcelwatch.api.web.openapi.ApiExamples;
import org.parcelwatch.monitoring.registration.CreditCode;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.EnteringHistory;

/**
 * The registration of DESIGN §4 (Xinhe bearing plant, county 130530), with a fresh supervision number per
 * call so tests can share a database.
 */
public final class SampleParcels {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000, 90_000));

    /** The 31 characters of GB 32100-2015 (no I, O, S, V, Z). */
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private static final String EXAMPLE_PARCEL_ID = "\"parcelId\": \"" + ApiPatterns.PARCEL_ID_EXAMPLE + "\"";

    static {
        if (!ApiExamples.REGISTRATION.contains(EXAMPLE_PARCEL_ID)
                || !ApiExamples.REGISTRATION.contains("\"creditCode\": \"91130530MA0CX0XU3B\"")) {
            throw new IllegalStateException("the example registration has no " + EXAMPLE_PARCEL_ID + " or credit code to replace");
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

    /**
     * A valid unified social credit code (GB 32100-2015) of a Xinhe company, random (one in 31⁷ to meet another test's):
     * a land user of its own, whose record (诚信档案) holds only the parcels a test supplies to it.
     */
    public static String nextCreditCode() {
        StringBuilder body = new StringBuilder("91130530MA");
        for (int i = 0; i < 7; i++) {
            body.append(CREDIT_CODE_ALPHABET.charAt(ThreadLocalRandom.current().nextInt(CREDIT_CODE_ALPHABET.length())));
        }
        return body.toString() + CreditCode.checkCharacter(body.toString());
    }

    /** The DESIGN §4 request body for the given parcel, supplied to the named land user. */
    public static String registrationJson(String parcelId, String landUserName, String creditCode) {
        return registrationJson(parcelId)
                .replace("\"name\": \"Xinhe Bearing Co., Ltd.\"", "\"name\": \"" + landUserName + "\"")
                .replace("\"creditCode\": \"91130530MA0CX0XU3B\"", "\"creditCode\": \"" + creditCode + "\"");
    }

    /**
     * The sample registration entering the parcel's past (issue 20): the walk that follows records its payments and
     * runs its sweeps day by day, so the registration checks nothing at once.
     */
    public static CommandMessage<?> registerInHistory(String parcelId) {
        return inHistory(registerCommand(parcelId));
    }

    /** A fresh parcel registered in history, with the notices its check of 2024-06-01 issues; its id. */
    public static String registerWithNotices(CommandGateway commands) {
        String id = nextParcelId();
        commands.sendAndWait(registerInHistory(id));
        commands.sendAndWait(new CheckDuePoints(id, LocalDate.parse("2024-06-01")));
        return id;
    }

    /** A command sent in history mode ({@link EnteringHistory}), e.g. a registration whose past a test walks next. */
    public static CommandMessage<?> inHistory(Object command) {
        return GenericCommandMessage.asCommandMessage(command).andMetaData(EnteringHistory.on());
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

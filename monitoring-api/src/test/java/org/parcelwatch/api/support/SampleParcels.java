package org.parcelwatch.api.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;
import org.parcelwatch.monitoring.registration.RegisterParcel;

/**
 * The registration of DESIGN §4 (Xinhe bearing plant, county 130530), with a fresh supervision number per
 * call so tests can share a database.
 */
public final class SampleParcels {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000, 90_000));

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private SampleParcels() {
    }

    /** A supervision number of county 130530 that no other test in this JVM uses. */
    public static String nextParcelId() {
        return "1305302024B" + String.format("%05d", SERIAL.getAndIncrement() % 100_000);
    }

    /** The DESIGN §4 request body for the given parcel. */
    public static String registrationJson(String parcelId) {
        return """
                { "parcelId": "%s", "contractNo": "XH-CR-2024-017", "parcelCode": "130530105017",
                  "supplyMethod": "LISTING", "projectName": "Xinhe bearing plant phase II",
                  "landUser": { "name": "Xinhe Bearing Co., Ltd.", "creditCode": "91130530MA0CX0XU3B" },
                  "location": "east of Xinhe Road", "township": "Xinhe town", "districtCode": "130530",
                  "areaSqm": 26666.70, "landUse": "INDUSTRIAL", "termYears": 50,
                  "totalPrice": 12345678.00, "signedOn": "2024-02-01",
                  "installments": [ { "dueDate": "2024-03-01", "amount": 6172839.00 },
                                    { "dueDate": "2024-05-10", "amount": 6172839.00 } ],
                  "agreedHandoverDate": "2024-04-01", "agreedStartDate": "2024-10-01", "agreedCompletionDate": "2026-10-01",
                  "plotRatio": { "min": 1.0, "max": 2.0 }, "plannedFloorAreaSqm": 40000.0, "totalInvestment": 80000000.00,
                  "penaltyRates": { "latePaymentPerDay": 0.001, "lateStartPerDay": 0.0005, "lateCompletionPerDay": 0.0005 } }
                """.formatted(parcelId);
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

package org.parcelwatch.api.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcelwatch.api.web.idempotency.Idempotency;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): HTTP Basic as the
 * security scheme (a bearer token where JWT mode is on), the {@code Idempotency-Key} header on every write,
 * and the problem+json answers of DESIGN §4 on every operation.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";

    @Bean
    public OpenAPI parcelwatchOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Parcelwatch API").version("v1")
                        .description("Land-supply post-monitoring (建设用地供后监管) of a county land and resources bureau: "
                                + "registration of grant contracts and allocation decisions, payments, handover, start and "
                                + "completion, patrols, breach findings, extensions, idle land and notices. Every write is a "
                                + "command to the parcel's event-sourced aggregate; reads come from projections that follow "
                                + "within moments. Errors are application/problem+json with a stable `code`. Demo users of "
                                + "the embedded profile: desk, patrol, brigade, auditor, admin, each with its name as "
                                + "password."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("HTTP Basic with a Parcelwatch user"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("Only where parcelwatch.security.jwt.enabled=true: a JWT "
                                        + "whose `roles` claim lists the roles"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Nullable where Java lets a property be null (see {@link HonestSchemas}). */
    @Bean
    public PropertyCustomizer parcelwatchNullableProperties() {
        return HonestSchemas::nullableWherePossible;
    }

    /** Nullable marks applied, patterns anchored, no body on 304 (see {@link HonestSchemas#honestDocument}). */
    @Bean
    public GlobalOpenApiCustomizer parcelwatchHonestDocument() {
        return HonestSchemas::honestDocument;
    }

    /** The Idempotency-Key header on writes, and the problem answers every API operation can give. */
    @Bean
    public GlobalOperationCustomizer parcelwatchOperationCustomizer() {
        return (operation, handlerMethod) -> {
            boolean write = handlerMethod.hasMethodAnnotation(PostMapping.class)
                    || handlerMethod.hasMethodAnnotation(PutMapping.class);
            if (write) {
                operation.addParametersItem(new HeaderParameter().name(Idempotency.HEADER).required(false)
                        .description("Any unique string (a UUID) of at most " + Idempotency.MAX_KEY_LENGTH
                                + " characters: a retry with the same key replays the first answer (marked "
                                + Idempotency.REPLAYED_HEADER + ": true) and runs nothing twice; the same key with a "
                                + "different request is 422 IDEMPOTENCY_KEY_REUSED, while the first still runs 409 "
                                + "IDEMPOTENCY_KEY_IN_PROGRESS")
                        .schema(new StringSchema().maxLength(Idempotency.MAX_KEY_LENGTH))
                        .example("5f0c6a1e-3b1d-4c55-9a57-0d2f2f6b7c11"));
            }
            addProblems(operation, write || operation.getRequestBody() != null);
            return operation;
        };
    }

    private static void addProblems(Operation operation, boolean write) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", write
                ? "VALIDATION_FAILED (with fieldErrors), MALFORMED_REQUEST, INVALID_CONTRACT_TERMS or INVALID_INPUT"
                : "VALIDATION_FAILED (with fieldErrors) or MALFORMED_REQUEST");
        problems.put("401", "UNAUTHENTICATED: no or wrong credentials");
        problems.put("403", "FORBIDDEN: the user's roles may not do this");
        problems.put("404", "PARCEL_NOT_FOUND, NOTICE_NOT_FOUND, COMPLAINT_NOT_FOUND, LAND_USER_NOT_FOUND or NOT_FOUND");
        problems.put("405", "METHOD_NOT_ALLOWED: the path does not answer this method, whatever the user's roles; the "
                + "Allow header lists those it answers");
        problems.put("406", "NOT_ACCEPTABLE: the Accept header names no type this operation answers");
        if (write) {
            problems.put("413", "PAYLOAD_TOO_LARGE: the body is over parcelwatch.api.max-body-size (1 MB), sized or "
                    + "chunked");
            problems.put("415", "UNSUPPORTED_MEDIA_TYPE: the body is not application/json");
        }
        problems.put("429", "TOO_MANY_LOGIN_ATTEMPTS: too many failed logins for this user name or client address; "
                + "Retry-After says in how many seconds to try again");
        if (write) {
            problems.put("409", "DUPLICATE_PARCEL, ILLEGAL_STATE, CONCURRENT_CHANGE, CLOCK_BEHIND or IDEMPOTENCY_KEY_IN_PROGRESS");
            problems.put("422", "RULE_VIOLATION (a supervision rule refuses the command), WORKING_DAY_CALENDAR_MISSING (a "
                    + "working-day deadline falls in a year with no holiday calendar) or IDEMPOTENCY_KEY_REUSED");
        }
        problems.put("500", "INTERNAL_ERROR: a bug, logged under the errorId given");
        problems.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                        .addMediaType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
            }
        });
        responses.get("429").addHeaderObject(org.springframework.http.HttpHeaders.RETRY_AFTER,
                new Header().description("seconds until the next attempt is heard").schema(new IntegerSchema()));
        responses.get("405").addHeaderObject(org.springframework.http.HttpHeaders.ALLOW,
                new Header().description("the methods the path answers").schema(new StringSchema()));
        operation.setResponses(responses);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        Schema field = new ObjectSchema().addProperty("field", new StringSchema()).addProperty("message", new StringSchema());
        return new ObjectSchema().description("RFC 9457 problem with the stable code of DESIGN §4")
                .addProperty("type", new StringSchema().example("about:blank"))
                .addProperty("title", new StringSchema().example("Unprocessable Entity"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/v1/parcels/1305302024B00017/idle/disposal"))
                .addProperty("code", new StringSchema().example("RULE_VIOLATION"))
                .addProperty("fieldErrors", new ArraySchema().items(field))
                .addProperty("violations", new ArraySchema().items(new StringSchema()))
                .addProperty("field", new StringSchema().description("MALFORMED_REQUEST: the field that could not be read"))
                .addProperty("errorId", new StringSchema().description("INTERNAL_ERROR: under which the failure was logged"))
                .addProperty("today", new StringSchema().format("date").description("CLOCK_MOVES_BACKWARDS: the clock's day"))
                .addProperty("requested", new StringSchema().format("date").description("CLOCK_MOVES_BACKWARDS: the day asked for"));
    }
}

package org.parcelwatch.api.web.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the document say what the API answers (issue 19, item 8), for every schema at once rather than field by
 * field, so a new record can't drift from it (see also {@link #honestDocument}):
 * <ul>
 *   <li>a property may be {@code null} unless its Java type is primitive or it is declared required
 *       ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, {@code @Schema(requiredMode = REQUIRED)}):
 *       the API answers nulls rather than leaving fields out, so a client reads the same keys on every answer
 *       and only has to allow for the null. An enum that may be null lists {@code null} among its values
 *       (OpenAPI 3.0.3: {@code nullable} does not add to an {@code enum}). A property that refers to another
 *       schema ({@code $ref}) and is not required becomes {@code anyOf} that schema or null: OpenAPI 3.0
 *       ignores anything beside a {@code $ref}, and a nullable {@code allOf} still holds a null to its member.</li>
 *   <li>every {@code pattern} is anchored ({@code ^…$}): Bean Validation matches a whole value, JSON Schema
 *       finds a pattern anywhere in it, so an unanchored one let clients send what the server refuses.</li>
 * </ul>
 */
final class HonestSchemas {

    /** The schema of {@code null} alone, in OpenAPI 3.0 terms (3.0.3 §4.7.25: a nullable enum lists null). */
    private static Schema<Object> nullOnly() {
        return new Schema<>().nullable(true)._enum(java.util.Collections.singletonList(null));
    }
    private static final String NULLABLE_MARK = "x-parcelwatch-nullable";
    private static final Set<Class<? extends Annotation>> REQUIRED = Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private HonestSchemas() {
    }

    /** The property as springdoc made it, marked nullable where Java lets it be null. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullableWherePossible(Schema property, AnnotatedType type) {
        if (property == null || property.get$ref() != null || Boolean.TRUE.equals(property.getNullable())
                || !(type.getType() instanceof JavaType javaType) || javaType.isPrimitive() || declaredRequired(type)) {
            return property;
        }
        // springdoc drops a nullable set here when it assembles the schema; the mark survives, and
        // honestDocument turns it into nullable on the finished document
        property.addExtension(NULLABLE_MARK, Boolean.TRUE);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }

    private static boolean declaredRequired(AnnotatedType type) {
        Annotation[] annotations = type.getCtxAnnotations();
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (REQUIRED.contains(annotation.annotationType())) {
                return true;
            }
            if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
                    && (schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED
                    || schema.required())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The finished document made honest: the nullable marks become {@code nullable: true}; every pattern is
     * anchored; a 304 has no body (springdoc gives it the 200's); and where springdoc merged two handlers of one
     * path that a query parameter tells apart (a history's page, or with {@code format=json} all its events) the
     * answer is {@code anyOf} their shapes, not {@code oneOf}: nothing in the shapes tells them apart.
     */
    static void honestDocument(OpenAPI openApi) {
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(HonestSchemas::applyNullableMarks);
        }
        anchorPatterns(openApi);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().forEach((status, response) -> {
                if ("304".equals(status)) {
                    response.setContent(null);
                } else if (response.getContent() != null) {
                    response.getContent().values().forEach(media -> {
                        Schema<?> schema = media.getSchema();
                        if (schema != null && schema.getOneOf() != null) {
                            schema.setAnyOf(schema.getOneOf());
                            schema.setOneOf(null);
                        }
                    });
                }
            });
        }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void applyNullableMarks(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        // A property that refers to another schema can't carry nullable beside its $ref (OpenAPI 3.0 ignores it):
        // where it is not required it may be null, so it becomes "that schema, or null".
        Map<String, Schema> properties = (Map) schema.getProperties();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        properties.replaceAll((name, property) -> property.get$ref() == null || required.contains(name) ? property
                : new Schema<>().nullable(true).anyOf(List.of(property, nullOnly())));
        for (Schema property : schema.getProperties().values()) {
            if (property.getExtensions() != null && property.getExtensions().remove(NULLABLE_MARK) != null) {
                property.setNullable(true);
                if (property.getExtensions().isEmpty()) {
                    property.setExtensions(null);
                }
            }
        }
    }

    /** Anchors every pattern of the document: component schemas, parameters, request and response bodies. */
    static void anchorPatterns(OpenAPI openApi) {
        Map<Schema<?>, Boolean> seen = new IdentityHashMap<>();
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(schema -> anchor(schema, seen));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            Collection<Parameter> parameters = operation.getParameters() == null ? java.util.List.of() : operation.getParameters();
            parameters.forEach(parameter -> anchor(parameter.getSchema(), seen));
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> anchor(media.getSchema(), seen));
            }
            if (operation.getResponses() != null) {
                operation.getResponses().values().forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> anchor(media.getSchema(), seen));
                    }
                });
            }
        }));
    }

    /** {@code ^pattern$}; a pattern with alternatives at its top level is grouped first, so both ends bind all. */
    static String anchored(String pattern) {
        if (pattern.startsWith("^") && pattern.endsWith("$")) {
            return pattern;
        }
        int depth = 0;
        boolean alternatives = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternatives = true;
            }
        }
        return alternatives ? "^(?:" + pattern + ")$" : "^" + pattern + "$";
    }

    @SuppressWarnings("rawtypes")
    private static void anchor(Schema<?> schema, Map<Schema<?>, Boolean> seen) {
        if (schema == null || seen.put(schema, Boolean.TRUE) != null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null) {
            schema.setPattern(anchored(pattern));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> anchor(property, seen));
        }
        anchor(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema additional) {
            anchor(additional, seen);
        }
        for (java.util.List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(member -> anchor(member, seen));
            }
        }
    }
}

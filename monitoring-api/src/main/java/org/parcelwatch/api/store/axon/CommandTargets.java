package org.parcelwatch.api.store.axon;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Which aggregate a command targets, read as Axon's {@link AnnotationCommandTargetResolver} reads it (the first method,
 * else the first field, annotated {@link TargetAggregateIdentifier} or {@link TargetAggregateVersion}), with the
 * annotated members of each command class found once. Axon's resolver walks every method and field of the class and
 * their meta-annotations on each command; the aggregates and {@code EventStampOrder} each asked it once per command.
 */
public final class CommandTargets implements CommandTargetResolver {

    private final ClassValue<Members> members = new ClassValue<>() {
        @Override
        protected Members computeValue(Class<?> type) {
            return new Members(annotated(type, TargetAggregateIdentifier.class), annotated(type, TargetAggregateVersion.class));
        }
    };

    /** The annotated members of a command class, a {@link Method} or a {@link Field}; null where there is none. */
    private record Members(Object identifier, Object version) {
    }

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Members found = members.get(command.getPayloadType());
        Object payload = command.getPayload();
        Object identifier;
        Long version;
        try {
            identifier = read(found.identifier(), payload);
            version = asLong(read(found.version(), payload));
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("An exception occurred while extracting aggregate information from a command", e);
        } catch (IllegalAccessException e) {
            throw new IllegalArgumentException("The current security context does not allow extraction of aggregate"
                    + " information from the given command.", e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value provided for the version is not a number.", e);
        }
        if (identifier == null) {
            throw new IllegalArgumentException(("Invalid command. It does not identify the target aggregate. Make sure at"
                    + " least one of the fields or methods in the [%s] class contains the @TargetAggregateIdentifier"
                    + " annotation and that it returns a non-null value.").formatted(command.getPayloadType().getSimpleName()));
        }
        return new VersionedAggregateIdentifier(identifier, version);
    }

    private static Object annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                return ReflectionUtils.ensureAccessible(method);
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return field;
            }
        }
        return null;
    }

    private static Object read(Object member, Object payload) throws InvocationTargetException, IllegalAccessException {
        if (member instanceof Method method) {
            return method.invoke(payload);
        }
        return member == null ? null : ReflectionUtils.getFieldValue((Field) member, payload);
    }

    private static Long asLong(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
    }
}

package org.parcelwatch.api.web.mvc;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.lang.Nullable;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.MethodValidator;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;

/**
 * Spring MVC's handler adapter, with each handler's validation groups found once. Spring asks for them on every
 * request of a handler whose arguments carry constraints ({@code @ParcelId}, {@code @Min}…): it searches the method
 * and then the controller class, through their annotation hierarchies, for {@code @Validated} — a fortieth of the
 * request threads' time on the desk's reads, for an answer that cannot change while the application runs. The
 * answer is kept per controller class and method; validation itself, and what it refuses, stay Spring's own.
 */
class ValidationGroupsOnce extends RequestMappingHandlerAdapter {

    /** The adapter's method validator, its groups remembered; made once for the validator Spring hands over. */
    private volatile Remembering remembering;

    @Override
    protected ServletInvocableHandlerMethod createInvocableHandlerMethod(HandlerMethod handlerMethod) {
        return new ServletInvocableHandlerMethod(handlerMethod) {
            @Override
            public void setMethodValidator(@Nullable MethodValidator methodValidator) {
                super.setMethodValidator(remembering(methodValidator));
            }
        };
    }

    private MethodValidator remembering(@Nullable MethodValidator validator) {
        if (validator == null) {
            return null;
        }
        Remembering known = remembering;
        if (known == null || known.delegate != validator) {
            known = new Remembering(validator);
            remembering = known;
        }
        return known;
    }

    /** A method validator that asks its delegate for a handler's groups once and answers from memory after. */
    static final class Remembering implements MethodValidator {

        /** A method's groups and the class of the controller they were found for. */
        private record Known(Class<?> type, Class<?>[] groups) {
        }

        private final MethodValidator delegate;
        /** By the handler's method: the same instance on every request, compared by its own equals, no key made. */
        private final Map<Method, Known> groups = new ConcurrentHashMap<>();

        Remembering(MethodValidator delegate) {
            this.delegate = delegate;
        }

        @Override
        public Class<?>[] determineValidationGroups(Object target, Method method) {
            Known known = groups.get(method);
            if (known == null || known.type() != target.getClass()) {
                // a method inherited by controllers of different classes is asked anew for each other class
                known = new Known(target.getClass(), delegate.determineValidationGroups(target, method));
                groups.put(method, known);
            }
            return known.groups();
        }

        @Override
        public MethodValidationResult validateArguments(Object target, Method method, @Nullable MethodParameter[] parameters,
                                                        Object[] arguments, Class<?>[] groups) {
            return delegate.validateArguments(target, method, parameters, arguments, groups);
        }

        @Override
        public void applyArgumentValidation(Object target, Method method, @Nullable MethodParameter[] parameters,
                                            Object[] arguments, Class<?>[] groups) {
            delegate.applyArgumentValidation(target, method, parameters, arguments, groups);
        }

        @Override
        public MethodValidationResult validateReturnValue(
                Object target, Method method, @Nullable MethodParameter returnType, @Nullable Object returnValue,
                Class<?>[] groups) {
            return delegate.validateReturnValue(target, method, returnType, returnValue, groups);
        }

        @Override
        public void applyReturnValueValidation(Object target, Method method, @Nullable MethodParameter returnType,
                                               @Nullable Object returnValue, Class<?>[] groups) {
            delegate.applyReturnValueValidation(target, method, returnType, returnValue, groups);
        }
    }
}

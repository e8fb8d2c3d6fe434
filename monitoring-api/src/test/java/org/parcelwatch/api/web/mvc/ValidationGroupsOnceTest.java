package org.parcelwatch.api.web.mvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.validation.method.MethodValidationException;
import org.springframework.validation.method.MethodValidationResult;
import org.springframework.validation.method.MethodValidator;

class ValidationGroupsOnceTest {

    interface Audit {
    }

    static class Controller {
        public void read(String id) {
        }

        public void write(String id) {
        }
    }

    /** A controller inheriting the handler methods: its own class could carry other groups. */
    static class OtherController extends Controller {
    }

    /** Counts what it is asked; its groups differ per method, its validation refuses every call. */
    static final class Counting implements MethodValidator {
        final List<String> asked = new ArrayList<>();

        @Override
        public Class<?>[] determineValidationGroups(Object target, Method method) {
            asked.add("groups " + method.getName());
            return method.getName().equals("write") ? new Class<?>[] {Audit.class} : new Class<?>[0];
        }

        @Override
        public MethodValidationResult validateArguments(Object target, Method method, MethodParameter[] parameters,
                                                        Object[] arguments, Class<?>[] groups) {
            asked.add("arguments " + method.getName() + " " + groups.length);
            return MethodValidationResult.emptyResult();
        }

        @Override
        public void applyArgumentValidation(Object target, Method method, MethodParameter[] parameters,
                                            Object[] arguments, Class<?>[] groups) {
            asked.add("apply " + method.getName());
            throw new MethodValidationException(MethodValidationResult.emptyResult());
        }

        @Override
        public MethodValidationResult validateReturnValue(Object target, Method method, MethodParameter returnType,
                                                          Object returnValue, Class<?>[] groups) {
            asked.add("return " + method.getName());
            return MethodValidationResult.emptyResult();
        }
    }

    @Test
    void eachHandlersGroupsAreAskedOnceAndEverythingElseEveryTime() throws Exception {
        Counting delegate = new Counting();
        MethodValidator remembering = new ValidationGroupsOnce.Remembering(delegate);
        Controller controller = new Controller();
        Method read = Controller.class.getMethod("read", String.class);
        Method write = Controller.class.getMethod("write", String.class);

        for (int i = 0; i < 3; i++) {
            assertThat(remembering.determineValidationGroups(controller, read)).isEmpty();
            assertThat(remembering.determineValidationGroups(controller, write)).containsExactly(Audit.class);
        }
        assertThat(remembering.validateArguments(controller, read, null, new Object[] {"x"}, new Class<?>[0]).hasErrors()).isFalse();
        assertThatThrownBy(() -> remembering.applyArgumentValidation(controller, write, null, new Object[] {"x"},
                new Class<?>[] {Audit.class})).isInstanceOf(MethodValidationException.class);
        remembering.validateReturnValue(controller, read, null, null, new Class<?>[0]);

        assertThat(delegate.asked).containsExactly("groups read", "groups write", "arguments read 0", "apply write",
                "return read");

        // the same method on a controller of another class is asked for that class
        delegate.asked.clear();
        remembering.determineValidationGroups(new OtherController(), read);
        assertThat(delegate.asked).containsExactly("groups read");
    }
}

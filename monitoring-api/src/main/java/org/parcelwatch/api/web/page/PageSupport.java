package org.parcelwatch.api.web.page;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.parcelwatch.api.web.security.ApiUser;
import org.parcelwatch.api.web.security.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every workbench page shares: today (business clock), the signed-in user's roles, form values read as the
 * pages write them (ISO dates, blank as absent). Limited to this package, so the REST controllers keep their own
 * contract; errors are {@link PageErrors}.
 */
@ControllerAdvice(basePackageClasses = PageSupport.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageSupport {

    private final Clock clock;

    PageSupport(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("today")
    LocalDate today() {
        return LocalDate.now(clock);
    }

    @ModelAttribute("roles")
    List<Role> roles(Authentication caller) {
        return ApiUser.rolesOf(caller);
    }

    @InitBinder
    void binding(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
        binder.registerCustomEditor(LocalDate.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                try {
                    setValue(LocalDate.parse(text.trim()));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a date: " + text, e);
                }
            }
        });
    }

    /** A filter's value as the enum it names; an unknown or blank value filters nothing (no error page for a typo). */
    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

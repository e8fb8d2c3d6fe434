package org.parcelwatch.api.web.page;

import org.parcelwatch.api.web.error.NoticeNotFoundException;
import org.parcelwatch.api.web.error.ParcelNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Errors of a workbench page shown as a page in the user's language. In the controllers themselves (they extend this),
 * because a controller's own handlers come before the API's problem-JSON advice, which answers every other controller.
 */
abstract class PageErrors {

    @ExceptionHandler({ParcelNotFoundException.class, NoticeNotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RuntimeException e, Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("messageKey", "error.notFound");
        model.addAttribute("detail", e.getMessage());
        return "error-page";
    }

    @ExceptionHandler({org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.validation.BindException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(Exception e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("messageKey", "error.badRequest");
        model.addAttribute("detail", null);
        return "error-page";
    }

    @ExceptionHandler(jakarta.validation.ConstraintViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalidParameter(Exception e, Model model) {
        return badParameter(e, model);
    }
}

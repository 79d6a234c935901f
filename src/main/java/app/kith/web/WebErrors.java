package app.kith.web;

import app.kith.Conflict;
import app.kith.Invalid;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import app.kith.NotFound;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A page asked for something the account does not have: the same 404 whether it belongs to
 * another account or does not exist at all.
 */
@ControllerAdvice(basePackages = "app.kith.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebErrors {

    /** An action refused (a snooze date in the past…): the message, for the page or for kith.js to show. */
    @ExceptionHandler(Invalid.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(Invalid e, Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("frame", Frames.of(request, auth));
        model.addAttribute("failure", new Failure(400, "Not done", e.getMessage()));
        return "error";
    }

    /** An action that clashes with the state (answering an ask already closed…). */
    @ExceptionHandler(Conflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Conflict e, Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("frame", Frames.of(request, auth));
        model.addAttribute("failure", new Failure(409, "Not done", e.getMessage()));
        return "error";
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model, HttpServletRequest request, Authentication auth) {
        model.addAttribute("frame", Frames.of(request, auth));
        model.addAttribute("failure", new Failure(404, "Not Found", ErrorPages.detail(HttpStatus.NOT_FOUND)));
        return "error";
    }
}

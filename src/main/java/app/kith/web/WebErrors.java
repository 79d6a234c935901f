package app.kith.web;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.db.Database;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.TransactionException;
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

    /**
     * The store could not take the write in time (another program held it, or it cannot be
     * reached: PostgreSQL stopped) or had no room for it:
     * nothing was saved, and the page says so and what to do. Any other failure of the store is a
     * 500 as before.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    String storeFailed(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response,
                       Authentication auth) {
        if (Database.full(e)) {
            response.setStatus(HttpStatus.INSUFFICIENT_STORAGE.value());
            model.addAttribute("frame", Frames.of(request, auth));
            model.addAttribute("failure", new Failure(507, "Disk full", Database.FULL_MESSAGE));
            return "error";
        }
        if (!Database.busy(e)) {
            throw e;
        }
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Database.RETRY_AFTER.toSeconds()));
        model.addAttribute("frame", Frames.of(request, auth));
        String message = Database.busyMessage(e);
        model.addAttribute("failure", new Failure(503, message.equals(Database.BUSY_MESSAGE) ? "Busy"
                : HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase(), message));
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

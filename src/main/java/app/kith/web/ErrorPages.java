package app.kith.web;

import app.kith.db.Database;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors no controller handled (an unknown address, a method not allowed): a problem document
 * under /api, a page everywhere else. Never a stack trace.
 */
@Controller
class ErrorPages implements ErrorController {

    private final Limits limits;

    ErrorPages(Limits limits) {
        this.limits = limits;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // A failure before any controller (a filter reading or renewing a sign-in) can be the store
        // being busy or full too: said as the controllers say it, with nothing saved.
        String stored = null;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            if (Database.full(failure)) {
                status = HttpStatus.INSUFFICIENT_STORAGE;
                stored = Database.FULL_MESSAGE;
            } else if (Database.busy(failure)) {
                status = HttpStatus.SERVICE_UNAVAILABLE;
                stored = Database.busyMessage(failure);
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Database.RETRY_AFTER.toSeconds()));
            }
            response.setStatus(status.value());
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String p ? p : "";
        if (path.startsWith("/api/")) {
            String detail = stored != null ? stored : status == HttpStatus.CONTENT_TOO_LARGE ? limits.refusal(path)
                    : apiDetail(status, path, response.getHeader("Allow"));
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setInstance(java.net.URI.create(path));
            return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        model.addAttribute("failure", new Failure(status.value(), status.getReasonPhrase(),
                stored != null ? stored : status == HttpStatus.CONTENT_TOO_LARGE ? limits.refusal(path) : detail(status)));
        return "error";
    }

    /**
     * On the error dispatch the request's method is no longer the one the client sent, so the
     * detail does not name it: a 405 names what the address does take (the Allow header of the
     * refusal) instead.
     */
    private static String apiDetail(HttpStatus status, String path, String allowed) {
        return switch (status) {
            case NOT_FOUND -> "No such endpoint: " + path + ". The API is described at /api/openapi.json";
            case METHOD_NOT_ALLOWED -> "That method is not supported by " + path
                    + (allowed == null || allowed.isBlank() ? "" : "; it takes " + allowed.replace(",", ", "))
                    + ". The API is described at /api/openapi.json";
            default -> detail(status);
        };
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take that kind of request.";
            case FORBIDDEN -> "This is not allowed. If a form was open for a long time, reload the page and try again.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on the server. Nothing was changed by the failed step."
                    : "The request could not be handled.";
        };
    }
}

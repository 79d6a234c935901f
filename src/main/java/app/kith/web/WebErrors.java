package app.kith.web;

import app.kith.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
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

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(HttpServletRequest request, Model model) {
        model.addAttribute("frame", Frames.of(request, SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("failure", new Failure(404, "Not Found", ErrorPages.detail(HttpStatus.NOT_FOUND)));
        return "error";
    }
}

package app.kith.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page of the web app its {@link Frame}. */
@ControllerAdvice(basePackages = "app.kith.web")
class Frames {

    @ModelAttribute("frame")
    Frame frame(HttpServletRequest request, Authentication authentication) {
        return of(request, authentication);
    }

    /** The frame of a request; exception handlers, which get no model attributes, call it themselves. */
    static Frame of(HttpServletRequest request, Authentication authentication) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String email = authentication != null && authentication.getPrincipal() instanceof SignInUser user
                ? user.getUsername() : null;
        return new Frame(email, csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken());
    }
}

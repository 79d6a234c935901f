package app.kith.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page of the web app its {@link Frame}. */
@ControllerAdvice(basePackages = "app.kith.web")
class Frames {

    @ModelAttribute("frame")
    Frame frame(HttpServletRequest request, Authentication authentication) {
        // Reading the CSRF token stores it in a new session: a client that is no browser needs neither.
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && handler.getBeanType().isAnnotationPresent(Sessionless.class)) {
            return new Frame(null, "_csrf", "", null);
        }
        return of(request, authentication);
    }

    /** For the exception handlers, which get no model attributes from advice. */
    static Frame of(HttpServletRequest request, Authentication authentication) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String email = authentication != null && authentication.getPrincipal() instanceof SignInUser user
                ? user.getUsername() : null;
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        QuickLogged logged = flash != null && flash.get(QuickLogPage.FLASH) instanceof QuickLogged q ? q : null;
        return new Frame(email, csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "" : csrf.getToken(),
                logged);
    }
}

package app.kith.web.signin;

import app.kith.web.LocalPath;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Sends someone whose session has ended (or who never signed in) to sign in, and back afterwards
 * to where they were. A page asked for is remembered in the session (Spring Security's saved
 * request). An htmx request must not get the sign-in page swapped into a list: it is answered 401
 * with {@code HX-Redirect}, which htmx follows as a whole page, to the sign-in page with the page
 * it came from as {@code continue}. A form sent after its session ended goes to sign in the same
 * way, back to the page it was sent from.
 */
final class SignInFirst implements AuthenticationEntryPoint {

    static final String CONTINUE = "continue";

    private final LoginUrlAuthenticationEntryPoint page = new LoginUrlAuthenticationEntryPoint("/login");

    SignInFirst() {
        page.setFavorRelativeUris(true); // a path, never the Host the request claimed (see LocalRedirects)
    }

    /** Only whole pages are remembered: an htmx fragment is no place to come back to. */
    static RequestCache pages() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With")));
        return cache;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (request.getHeader("HX-Request") != null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", signIn(request.getHeader("HX-Current-URL")));
        } else if (!"GET".equals(request.getMethod())) {
            response.sendRedirect(signIn(request.getHeader("Referer")));
        } else {
            try {
                page.commence(request, response, e);
            } catch (ServletException unexpected) {
                throw new IOException(unexpected);
            }
        }
    }

    /** The sign-in page, coming back to the page of this address (its path on this site) when there is one. */
    static String signIn(String from) {
        String back = from == null || from.isBlank() ? null : LocalPath.orNull(LocalRedirects.local(from));
        return back == null || back.equals("/") || back.startsWith("/login")
                ? "/login" : "/login?" + CONTINUE + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    /**
     * A refusal for want of a sign-in goes to sign in: a form or an htmx action whose session
     * ended carries a CSRF token of that session, which no longer matches. Someone signed in and
     * refused is refused (403).
     */
    static AccessDeniedHandler signInOrRefuse(AuthenticationEntryPoint signIn) {
        AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
                signIn.commence(request, response, new InsufficientAuthenticationException("sign in first", denied));
            } else {
                refuse.handle(request, response, denied);
            }
        };
    }
}

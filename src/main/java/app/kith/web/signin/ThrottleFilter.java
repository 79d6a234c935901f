package app.kith.web.signin;

import app.kith.web.LocalPath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a sign-in attempt through only when {@link SignInThrottle} counts it, before the password
 * is checked; the attempt rides on the request so that a success can take it back. A refusal is
 * written to the account's audit log once per wait.
 */
public final class ThrottleFilter extends OncePerRequestFilter {

    static final String ATTEMPT = ThrottleFilter.class.getName() + ".attempt";

    private final SignInThrottle throttle;
    private final SignInAudit audit;

    ThrottleFilter(SignInThrottle throttle, SignInAudit audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("username");
        Optional<SignInThrottle.Attempt> attempt = throttle.attempt(email, request.getRemoteAddr());
        if (attempt.isEmpty()) {
            if (throttle.firstRefusal(email, request.getRemoteAddr())) {
                audit.throttled(email);
            }
            String back = LocalPath.orNull(request.getParameter(SignInFirst.CONTINUE));
            response.sendRedirect(request.getContextPath() + "/login?wait="
                    + SignInThrottle.minutes(throttle.wait(email, request.getRemoteAddr())) + (back == null ? ""
                    : "&" + SignInFirst.CONTINUE + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
            return;
        }
        request.setAttribute(ATTEMPT, attempt.get());
        chain.doFilter(request, response);
    }
}

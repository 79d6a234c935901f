package app.kith.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away a sign-in attempt while {@link SignInThrottle} says to wait, before the password is even checked. */
final class ThrottleFilter extends OncePerRequestFilter {

    private final SignInThrottle throttle;

    ThrottleFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration wait = throttle.wait(request.getParameter("username"), request.getRemoteAddr());
        if (!wait.isZero()) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + "/login?wait=" + minutes);
            return;
        }
        chain.doFilter(request, response);
    }
}

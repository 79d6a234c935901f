package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.web.SignInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session that signed in before its account's password last changed, or whose account no
 * longer signs in. Checked on every request against the account row, not kept in this server's
 * memory, so it holds on every node and wherever sessions are stored.
 */
final class StaleSessionFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    StaleSessionFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof SignInUser user && !current(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean current(SignInUser user) {
        return accounts.signInOf(user.accountId()).map(now -> now.version() == user.version()).orElse(false);
    }
}

package app.kith.api;

import app.kith.account.Account;
import app.kith.account.Accounts;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer kith_…} and, when the token is known, makes its account the
 * request's principal. A missing or unknown token leaves the request anonymous, and the API's
 * chain answers 401.
 */
final class TokenFilter extends OncePerRequestFilter {

    /** Request attribute set when a token was sent but refused, so the 401 can say which case it is. */
    static final String REFUSED = TokenFilter.class.getName() + ".refused";

    private static final String BEARER = "bearer ";

    private final Accounts accounts;

    TokenFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<Account> account = accounts.authenticate(header.substring(BEARER.length()).strip());
            if (account.isPresent()) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(account.get()));
                SecurityContextHolder.setContext(context);
            } else {
                request.setAttribute(REFUSED, true);
            }
        } else if (header != null) {
            request.setAttribute(REFUSED, true);
        }
        chain.doFilter(request, response);
    }

    /** An account signed in with an API token; the account is the principal controllers receive. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final Account account;

        TokenAuthentication(Account account) {
            super(List.of());
            this.account = account;
            setAuthenticated(true);
        }

        @Override
        public Account getPrincipal() {
            return account;
        }

        @Override
        public Object getCredentials() {
            return "";
        }
    }
}

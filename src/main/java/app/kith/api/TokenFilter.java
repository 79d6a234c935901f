package app.kith.api;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.TokenCheck;
import app.kith.account.TokenScope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer kith_…} and, when the token is known and has not expired,
 * makes its account the request's principal with the token's scope as its one authority
 * ({@code SCOPE_read} or {@code SCOPE_write}). A missing, unknown or expired token leaves the
 * request anonymous, and the API's chain answers 401.
 */
final class TokenFilter extends OncePerRequestFilter {

    /** Request attribute set when a token was sent but refused, so the 401 can say which case it is. */
    static final String REFUSED = TokenFilter.class.getName() + ".refused";
    /** Request attribute holding when the token sent expired, so the 401 can say so. */
    static final String EXPIRED = TokenFilter.class.getName() + ".expired";
    /** Request attribute holding the scope of the token the request came with, for a 403 to name. */
    static final String SCOPE = TokenFilter.class.getName() + ".scope";

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
            Optional<TokenCheck> check = accounts.checkToken(header.substring(BEARER.length()).strip());
            if (check.isPresent() && check.get() instanceof TokenCheck.Granted granted) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new TokenAuthentication(granted.account(), granted.expiresAt(), granted.scope()));
                SecurityContextHolder.setContext(context);
                request.setAttribute(SCOPE, granted.scope());
            } else {
                request.setAttribute(REFUSED, true);
                if (check.isPresent() && check.get() instanceof TokenCheck.Expired expired) {
                    request.setAttribute(EXPIRED, expired.expiredAt());
                }
            }
        } else if (header != null) {
            request.setAttribute(REFUSED, true);
        }
        chain.doFilter(request, response);
    }

    static String authority(TokenScope scope) {
        return "SCOPE_" + scope.key();
    }

    /** An account signed in with an API token; the account is the principal controllers receive. */
    static final class TokenAuthentication extends AbstractAuthenticationToken {

        private final Account account;
        private final Instant expiresAt;

        TokenAuthentication(Account account, Instant expiresAt, TokenScope scope) {
            super(List.of(new SimpleGrantedAuthority(authority(scope))));
            this.account = account;
            this.expiresAt = expiresAt;
            setAuthenticated(true);
        }

        @Override
        public Account getPrincipal() {
            return account;
        }

        /** When the token this request came with ends; null: never. */
        Instant expiresAt() {
            return expiresAt;
        }

        @Override
        public Object getCredentials() {
            return "";
        }
    }
}

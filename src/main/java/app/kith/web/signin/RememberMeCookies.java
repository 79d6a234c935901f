package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.account.RememberMe;
import app.kith.web.SignInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;

/**
 * "Keep me signed in": a cookie holding a series and a token that {@link RememberMe} checks on
 * the server, so signing out or a new password ends it and the database holds no key that could
 * make one. Spring's PersistentTokenBasedRememberMeServices does not fit: it compares the token
 * with what is stored (here a digest), answers a reused token with an error page, and signing out
 * on one device would end every device's.
 */
public final class RememberMeCookies extends AbstractRememberMeServices {

    private final Accounts accounts;
    private final Clock clock;

    RememberMeCookies(Accounts accounts, Clock clock) {
        // The key only marks, within one request, an authentication made here; it signs nothing.
        super(UUID.randomUUID().toString(), email -> accounts.signInOf(email).map(SignInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account signs in as " + email)));
        this.accounts = accounts;
        this.clock = clock;
        setParameter("remember");
        setTokenValiditySeconds((int) RememberMe.LASTS.toSeconds());
        setCookieCustomizer(cookie -> cookie.setAttribute("SameSite", "Lax"));
    }

    @Override
    protected void onLoginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication signedIn) {
        if (signedIn.getPrincipal() instanceof SignInUser user) {
            remember(user.accountId(), request, response);
        }
    }

    /** Gives this device a new remembered sign-in. */
    public void remember(long accountId, HttpServletRequest request, HttpServletResponse response) {
        give(accounts.rememberMe().issue(accountId), request, response);
    }

    /** True when the request carries a remember-me cookie, valid or not. */
    public boolean presented(HttpServletRequest request) {
        return extractRememberMeCookie(request) != null;
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] parts, HttpServletRequest request, HttpServletResponse response) {
        if (parts.length != 2) {
            throw new InvalidCookieException("a remember-me cookie holds a series and a token");
        }
        RememberMe.Remembered remembered = accounts.rememberMe().use(parts[0], parts[1])
                .orElseThrow(() -> new RememberMeAuthenticationException("an unknown, expired or ended remembered sign-in"));
        if (remembered.renewed() != null) {
            give(remembered.renewed(), request, response);
        }
        return accounts.signInOf(remembered.accountId()).map(SignInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("the remembered account no longer signs in"));
    }

    /** Signing out ends this device's remembered sign-in, on the server, not only in the browser. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        super.logout(request, response, authentication);
        String cookie = extractRememberMeCookie(request);
        if (cookie == null) {
            return;
        }
        try {
            accounts.rememberMe().forget(decodeCookie(cookie)[0]);
        } catch (InvalidCookieException e) {
            // Not a cookie Kith made: nothing to forget.
        }
    }

    private void give(RememberMe.Token token, HttpServletRequest request, HttpServletResponse response) {
        long seconds = Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds());
        setCookie(new String[] {token.series(), token.token()}, (int) seconds, request, response);
    }
}

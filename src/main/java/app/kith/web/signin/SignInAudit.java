package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.web.SignInUser;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Writes sign-ins with a password, refused and held back ones for an account's email, and sign-outs to the
 * account's audit log, from Spring Security's own events: the sign-in code only publishes them.
 * A sign-in remembered by a cookie is not a new sign-in and is not written. The request's address
 * and browser come from {@link Audit#origin()}.
 */
@Component
class SignInAudit {

    private final Audit audit;
    private final Accounts accounts;

    SignInAudit(Audit audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getPrincipal() instanceof SignInUser user) {
            audit.record(user.accountId(), AuditKind.SIGNED_IN, "signed in with the password");
        }
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt) {
            accounts.signInOf(attempt.getName()).ifPresent(signIn ->
                    audit.record(signIn.accountId(), AuditKind.SIGN_IN_FAILED, "a sign-in with a wrong password"));
        }
    }

    /** A sign-in refused before its password was checked: too many wrong ones for the email or from the address. */
    void throttled(String email) {
        if (email != null && !email.isBlank()) {
            accounts.signInOf(email.strip()).ifPresent(signIn -> audit.record(signIn.accountId(), AuditKind.SIGN_IN_THROTTLED,
                    "sign-ins held back for " + SignInThrottle.WINDOW.toMinutes() + " minutes after too many wrong passwords"));
        }
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof SignInUser user) {
            audit.record(user.accountId(), AuditKind.SIGNED_OUT, "signed out");
        }
    }
}

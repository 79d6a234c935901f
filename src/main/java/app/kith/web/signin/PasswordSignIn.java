package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.account.SignIn;
import app.kith.account.TwoFactor;
import app.kith.web.SignInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The sign-in form's check: {@link Accounts} compares the password with the stored hash, which
 * never leaves it. An account with two-factor sign-in is not signed in yet: {@link CodeNeeded}
 * sends it to the code step.
 */
final class PasswordSignIn implements AuthenticationProvider {

    private final Accounts accounts;
    private final TwoFactor twoFactor;

    PasswordSignIn(Accounts accounts, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String password = attempt.getCredentials() instanceof String typed ? typed : null;
        SignIn signIn = accounts.signIn(attempt.getName(), password)
                .orElseThrow(() -> new BadCredentialsException("That email and password do not match an account"));
        if (twoFactor.asked(signIn.accountId())) {
            throw new CodeNeeded(signIn);
        }
        SignInUser user = new SignInUser(signIn);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.web.SignInUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** The sign-in form's check: {@link Accounts} compares the password with the stored hash, which never leaves it. */
final class PasswordSignIn implements AuthenticationProvider {

    private final Accounts accounts;

    PasswordSignIn(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String password = attempt.getCredentials() instanceof String typed ? typed : null;
        SignInUser user = accounts.signIn(attempt.getName(), password).map(SignInUser::new)
                .orElseThrow(() -> new BadCredentialsException("That email and password do not match an account"));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

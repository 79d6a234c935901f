package app.kith.web.signin;

import app.kith.account.SignIn;
import org.springframework.security.core.AuthenticationException;

/**
 * The password was right, and the account asks for a code too. Told as a failure of the password
 * step on purpose: Spring's form login makes the session and sets the remember-me cookie before
 * any success handler runs, and neither may happen before the code.
 */
final class CodeNeeded extends AuthenticationException {

    private final transient SignIn signIn;

    CodeNeeded(SignIn signIn) {
        super("a code is asked after the password");
        this.signIn = signIn;
    }

    SignIn signIn() {
        return signIn;
    }
}

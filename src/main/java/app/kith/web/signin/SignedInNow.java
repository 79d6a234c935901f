package app.kith.web.signin;

import app.kith.web.SignInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Signs in the account a page has just made (first-run setup, sign-up), with a new session id. */
final class SignedInNow {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SignedInNow() {
    }

    static void start(SignInUser user, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new session id for a new identity
        }
        CONTEXTS.saveContext(context, request, response);
    }
}

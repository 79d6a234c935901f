package app.kith.web.signin;

import app.kith.web.LocalPath;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** What follows a sign-in attempt: a success takes its attempt back from the throttle; a failure leaves it counted. */
final class SignInOutcomes {

    static final String TYPED_EMAIL = "kith.typedEmail";

    private SignInOutcomes() {
    }

    static final class Success extends SavedRequestAwareAuthenticationSuccessHandler {
        private final SignInThrottle throttle;

        Success(SignInThrottle throttle) {
            this.throttle = throttle;
            setDefaultTargetUrl("/today");
            // The page an htmx action or a form came from, carried through the sign-in form; the
            // redirect strategy keeps only its local path.
            setTargetUrlParameter(SignInFirst.CONTINUE);
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException, ServletException {
            if (request.getAttribute(ThrottleFilter.ATTEMPT) instanceof SignInThrottle.Attempt attempt) {
                throttle.succeeded(attempt);
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    static final class Failure implements AuthenticationFailureHandler {
        private final SignInThrottle throttle;
        private final Clock clock;

        Failure(SignInThrottle throttle, Clock clock) {
            this.throttle = throttle;
            this.clock = clock;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException {
            if (exception instanceof CodeNeeded needed) {
                codeStep(request, response, needed);
                return;
            }
            // The sign-in page offers the email again; the password never comes back.
            request.getSession().setAttribute(TYPED_EMAIL, request.getParameter("username"));
            String back = LocalPath.orNull(request.getParameter(SignInFirst.CONTINUE));
            response.sendRedirect(request.getContextPath() + "/login?error" + (back == null ? ""
                    : "&" + SignInFirst.CONTINUE + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8)));
        }

        /**
         * The password was right, so its attempt is taken back (the code step counts its own);
         * the session, under a new id, remembers whose code to ask for.
         */
        private void codeStep(HttpServletRequest request, HttpServletResponse response, CodeNeeded needed)
                throws IOException {
            if (request.getAttribute(ThrottleFilter.ATTEMPT) instanceof SignInThrottle.Attempt attempt) {
                throttle.succeeded(attempt);
            }
            request.getSession();
            request.changeSessionId();
            new HalfSignedIn(needed.signIn().accountId(), needed.signIn().version(),
                    request.getParameter("remember") != null, LocalPath.orNull(request.getParameter(SignInFirst.CONTINUE)),
                    clock.millis()).keep(request);
            response.sendRedirect(request.getContextPath() + CodeStepPage.PATH);
        }
    }
}

package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.account.CodeCheck;
import app.kith.account.SignIn;
import app.kith.account.TwoFactor;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.web.SignInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in to an account with two-factor sign-in: the code from the app, or
 * a recovery code. Only then is the session signed in and, when asked for, the device kept signed
 * in. Wrong codes count in the sign-in throttle under the account (and the address), so a guesser
 * who knows the password still waits after a few.
 */
@Controller
class CodeStepPage {

    static final String PATH = "/login/code";

    private final Accounts accounts;
    private final TwoFactor twoFactor;
    private final SignInThrottle throttle;
    private final RememberMeCookies rememberMe;
    private final Clock clock;
    private final Audit audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CodeStepPage(Accounts accounts, TwoFactor twoFactor, SignInThrottle throttle, RememberMeCookies rememberMe,
                 Clock clock, Audit audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.throttle = throttle;
        this.rememberMe = rememberMe;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String show(HttpServletRequest request, Model model) {
        if (HalfSignedIn.of(request, clock.millis()) == null) {
            return "redirect:/login";
        }
        model.addAttribute("code", new CodeStepView(null, false));
        return "login-code";
    }

    @PostMapping(PATH)
    String check(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
                 Model model) {
        HalfSignedIn half = HalfSignedIn.of(request, clock.millis());
        if (half == null) {
            return "redirect:/login";
        }
        String who = "two-factor:" + half.accountId();
        Optional<SignInThrottle.Attempt> attempt = throttle.attempt(who, request.getRemoteAddr());
        if (attempt.isEmpty()) {
            if (throttle.firstRefusal(who, request.getRemoteAddr())) {
                audit.record(half.accountId(), AuditKind.SIGN_IN_THROTTLED, "two-factor codes held back for "
                        + SignInThrottle.WINDOW.toMinutes() + " minutes after too many wrong ones");
            }
            return refused(model, "Too many wrong codes. " + throttle.tryAgain(who, request.getRemoteAddr()));
        }
        CodeCheck checked = twoFactor.check(half.accountId(), code);
        if (!checked.accepted()) {
            audit.record(half.accountId(), AuditKind.SIGN_IN_FAILED, "a sign-in with a wrong two-factor code");
            return refused(model, "That code is not right, or was used already. Type the code your app shows now.");
        }
        throttle.succeeded(attempt.get());
        HalfSignedIn.end(request);
        Optional<SignIn> current = accounts.signInOf(half.accountId()).filter(s -> s.version() == half.version());
        if (current.isEmpty()) {
            return "redirect:/login"; // the password changed meanwhile
        }
        signIn(new SignInUser(current.get()), half, request, response);
        // The password step wrote nothing: a sign-in is whole only now.
        audit.record(half.accountId(), AuditKind.SIGNED_IN, checked == CodeCheck.RECOVERY_CODE
                ? "signed in with the password and a recovery code" : "signed in with the password and a code");
        return "redirect:" + (half.continueTo() != null ? half.continueTo() : remembered(request, response));
    }

    private void signIn(SignInUser user, HalfSignedIn half, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.changeSessionId(); // a new session id for a new identity
        contexts.saveContext(context, request, response);
        if (half.remember()) {
            rememberMe.remember(user.accountId(), request, response);
        }
    }

    /** The page asked for before signing in, as after a password alone (its local path only); else Today. */
    private static String remembered(HttpServletRequest request, HttpServletResponse response) {
        RequestCache pages = SignInFirst.pages();
        SavedRequest saved = pages.getRequest(request, response);
        if (saved == null) {
            return "/today";
        }
        pages.removeRequest(request, response);
        return LocalRedirects.local(saved.getRedirectUrl());
    }

    private static String refused(Model model, String message) {
        model.addAttribute("code", new CodeStepView(message, true));
        return "login-code";
    }
}

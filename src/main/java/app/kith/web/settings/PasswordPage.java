package app.kith.web.settings;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.SignIn;
import app.kith.web.FormErrors;
import app.kith.web.SignInUser;
import app.kith.web.signin.RememberMeCookies;
import app.kith.web.signin.SignInThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Changing one's password (Settings → Change your password). It takes the current password, which
 * the sign-in throttle counts like a sign-in, so a session left open cannot be used to guess it.
 * Every other session and remembered device of the account ends; this one carries on.
 */
@Controller
class PasswordPage {

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final RememberMeCookies rememberMe;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    PasswordPage(Accounts accounts, SignInThrottle throttle, RememberMeCookies rememberMe) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.rememberMe = rememberMe;
    }

    @GetMapping("/settings/password")
    String show(@RequestParam(required = false) String changed, Model model) {
        model.addAttribute("password", new PasswordView(Map.of(), changed != null));
        return "password";
    }

    @PostMapping("/settings/password")
    String change(Account account, @RequestParam(defaultValue = "") String current,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String again,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        if (current.isEmpty() || !password.equals(again)) {
            // Said at once, with what is wrong with the new password; the current one is not tried.
            Map<String, String> errors = new LinkedHashMap<>();
            if (current.isEmpty()) {
                errors.put("current", "Type your current password.");
            }
            try {
                accounts.checkPassword(password);
            } catch (Invalid e) {
                errors.put("password", FormErrors.inWords(e.field(), e.getMessage()) + ".");
            }
            if (!password.equals(again)) {
                errors.put("again", "The two new passwords differ.");
            }
            return refused(model, errors);
        }
        Optional<SignInThrottle.Attempt> attempt = throttle.attempt(account.email(), request.getRemoteAddr());
        if (attempt.isEmpty()) {
            return refused(model, "current", "Too many wrong passwords. "
                    + throttle.tryAgain(account.email(), request.getRemoteAddr()));
        }
        SignIn changed;
        try {
            changed = accounts.changePassword(account.id(), current, password);
        } catch (Invalid e) {
            boolean wrongCurrent = e.all().stream().anyMatch(one -> one.field().equals("currentPassword"));
            if (!wrongCurrent) {
                throttle.succeeded(attempt.get()); // the current password was right
            }
            Map<String, String> errors = new LinkedHashMap<>();
            e.all().forEach(one -> errors.putIfAbsent(one.field().equals("currentPassword") ? "current" : "password",
                    FormErrors.inWords(one.field(), one.getMessage()) + "."));
            return refused(model, errors);
        }
        throttle.succeeded(attempt.get());
        carryOn(changed, request, response);
        return "redirect:/settings/password?changed";
    }

    /**
     * This session signs in again with the new version, under a new session id; a device kept
     * signed in gets a new remembered sign-in, the old ones having ended with the old password.
     */
    private void carryOn(SignIn changed, HttpServletRequest request, HttpServletResponse response) {
        SignInUser user = new SignInUser(changed);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        if (rememberMe.presented(request)) {
            rememberMe.remember(changed.accountId(), request, response);
        }
    }

    private static String refused(Model model, String field, String message) {
        return refused(model, Map.of(field, message));
    }

    private static String refused(Model model, Map<String, String> errors) {
        model.addAttribute("password", new PasswordView(errors, false));
        return "password";
    }
}

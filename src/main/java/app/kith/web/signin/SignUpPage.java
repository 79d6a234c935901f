package app.kith.web.signin;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.web.FormErrors;
import app.kith.web.SignInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Making an account from the web: with an invitation link, or by anyone when sign-up is open.
 * Every attempt counts against the sign-in throttle, a success too, so the page can neither try
 * emails in bulk nor make accounts in bulk from one address; a taken email is refused in words that say nothing of its account. The new account is signed
 * in and starts on an empty Today, as any new account does.
 */
@Controller
class SignUpPage {

    private static final String GONE = "This invitation link has expired, was used or was revoked. Ask whoever sent it for a new one.";

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final SignUpMode mode;

    SignUpPage(Accounts accounts, SignInThrottle throttle, SignUpMode mode) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.mode = mode;
    }

    @GetMapping("/signup")
    String show(@RequestParam(required = false) String invitation, Model model, HttpServletResponse response) {
        if (accounts.needsSetup()) {
            return "redirect:/setup";
        }
        String token = blankToNull(invitation);
        if (mode == SignUpMode.CLOSED || (token == null && mode != SignUpMode.OPEN)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return refused(model, mode == SignUpMode.CLOSED ? "Accounts on this Kith are made by its admin."
                    : "Signing up here needs an invitation link from an admin of this Kith.");
        }
        if (token != null && !accounts.invitations().usable(token)) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return refused(model, GONE);
        }
        model.addAttribute("signUp", new SignUpForm("", token, Map.of(), null));
        return "signup";
    }

    @PostMapping("/signup")
    String create(@RequestParam(required = false) String invitation, @RequestParam(defaultValue = "") String email,
                  @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String again,
                  Model model, HttpServletRequest request, HttpServletResponse response) {
        String token = blankToNull(invitation);
        if (mode == SignUpMode.CLOSED || (token == null && mode != SignUpMode.OPEN) || accounts.needsSetup()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return refused(model, "Signing up here needs an invitation link from an admin of this Kith.");
        }
        Optional<SignInThrottle.Attempt> attempt = throttle.attempt(email, request.getRemoteAddr());
        if (attempt.isEmpty()) {
            response.setStatus(429);
            return form(model, email, token, Map.of("email",
                    "Too many attempts. " + throttle.tryAgain(email, request.getRemoteAddr())));
        }
        Account made;
        try {
            TwoPasswords.check(accounts, email, password, again);
            made = token == null ? accounts.signUp(email, password) : accounts.invitations().signUp(token, email, password);
        } catch (Invalid e) {
            if ("invitation".equals(e.field())) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                return refused(model, GONE);
            }
            return form(model, email, token, FormErrors.of(e));
        } catch (Conflict e) {
            return form(model, email, token, Map.of("email", Accounts.TAKEN + "."));
        }
        SignedInNow.start(new SignInUser(accounts.signInOf(made.id()).orElseThrow()), request, response);
        return "redirect:/today?welcome";
    }

    private static String form(Model model, String email, String token, Map<String, String> errors) {
        model.addAttribute("signUp", new SignUpForm(email, token, errors, null));
        return "signup";
    }

    private static String refused(Model model, String why) {
        model.addAttribute("signUp", new SignUpForm("", null, Map.of(), why));
        return "signup";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package app.kith.web.signin;

import app.kith.account.Accounts;
import app.kith.web.LocalPath;
import app.kith.web.SignInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; on a data folder nobody can sign in to yet, it sends the visitor to first-run setup. */
@Controller
class SignInPage {

    private final Accounts accounts;
    private final SignUpMode mode;

    SignInPage(Accounts accounts, SignUpMode mode) {
        this.accounts = accounts;
        this.mode = mode;
    }

    @GetMapping("/login")
    String show(@RequestParam(required = false) String error, @RequestParam(name = "signed-out", required = false) String out,
                @RequestParam(required = false) Integer wait,
                @RequestParam(name = SignInFirst.CONTINUE, required = false) String continueTo,
                HttpServletRequest request, Authentication signedIn, Model model) {
        if (accounts.needsSetup()) {
            return "redirect:/setup";
        }
        String back = LocalPath.orNull(continueTo);
        if (back != null && signedIn != null && signedIn.getPrincipal() instanceof SignInUser) {
            return "redirect:" + back; // a device kept signed in, its session renewed on the way here
        }
        HttpSession session = request.getSession(false);
        String typed = session == null ? null : (String) session.getAttribute(SignInOutcomes.TYPED_EMAIL);
        String message = wait != null ? "Too many sign-in attempts. " + SignInThrottle.tryAgainIn(wait)
                : error != null ? "That email and password do not match an account."
                : out != null ? "You are signed out."
                : back != null ? "Sign in to carry on where you were." : null;
        model.addAttribute("signIn", new SignInView(error != null ? typed : null, message, error != null || wait != null,
                back, mode == SignUpMode.OPEN));
        return "login";
    }
}

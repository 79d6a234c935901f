package app.kith.web.signin;

import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.web.FormErrors;
import app.kith.web.SignInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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
 * First run: the page that makes the owner's sign-in, open only while nobody can sign in. No
 * default password, nothing pre-filled; the owner is signed in when it is done.
 */
@Controller
class SetupPage {

    private final Accounts accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SetupPage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/setup")
    String show(Model model) {
        if (!accounts.needsSetup()) {
            return "redirect:/login";
        }
        model.addAttribute("setup", new SetupForm("", Map.of()));
        return "setup";
    }

    @PostMapping("/setup")
    String create(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
                  @RequestParam(defaultValue = "") String again, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        Account owner;
        try {
            if (!password.equals(again)) {
                Checks checks = new Checks();
                checks.refuse("again", "The two passwords differ.");
                checks.run(() -> accounts.checkSignIn(email, password));
                checks.done();
            }
            owner = accounts.setUpOwner(email, password);
        } catch (Invalid e) {
            model.addAttribute("setup", new SetupForm(email, FormErrors.of(e)));
            return "setup";
        } catch (Conflict e) {
            return "redirect:/login";
        }
        SignInUser user = new SignInUser(accounts.signInOf(owner.id()).orElseThrow());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // a new session id for a new identity
        }
        contexts.saveContext(context, request, response);
        return "redirect:/today?welcome";
    }
}

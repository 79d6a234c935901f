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
            TwoPasswords.check(accounts, email, password, again);
            owner = accounts.setUpOwner(email, password);
        } catch (Invalid e) {
            model.addAttribute("setup", new SetupForm(email, FormErrors.of(e)));
            return "setup";
        } catch (Conflict e) {
            return "redirect:/login";
        }
        SignedInNow.start(new SignInUser(accounts.signInOf(owner.id()).orElseThrow()), request, response);
        return "redirect:/today?welcome";
    }
}

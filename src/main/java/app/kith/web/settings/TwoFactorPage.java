package app.kith.web.settings;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.account.TwoFactor;
import app.kith.account.TwoFactorSetup;
import app.kith.account.TwoFactorStatus;
import app.kith.web.FormErrors;
import app.kith.web.signin.RememberMeCookies;
import app.kith.web.signin.SignInThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings → Two-factor sign-in: turned on by scanning a QR code (or typing the secret) into an
 * authenticator app and typing back the code it shows; then ten recovery codes are shown, once.
 * Turning it off takes the password or a code, the password counted by the sign-in throttle like
 * a sign-in. Turning it on ends the account's other kept sign-ins, which were kept without a code.
 */
@Controller
class TwoFactorPage {

    private static final String PATH = "/settings/two-factor";
    private static final String NEW_CODES = "newRecoveryCodes";
    private static final String NOTICE = "twoFactorNotice";

    private final TwoFactor twoFactor;
    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final RememberMeCookies rememberMe;

    TwoFactorPage(TwoFactor twoFactor, Accounts accounts, SignInThrottle throttle, RememberMeCookies rememberMe) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.throttle = throttle;
        this.rememberMe = rememberMe;
    }

    /** Gives the settings page its two-factor line, so the page itself need not know of it. */
    @ControllerAdvice(assignableTypes = SettingsPage.class)
    static class Section {

        private final TwoFactor twoFactor;

        Section(TwoFactor twoFactor) {
            this.twoFactor = twoFactor;
        }

        @ModelAttribute("twoFactor")
        TwoFactorSection section(Account account) {
            TwoFactorStatus status = twoFactor.status(account.id());
            return new TwoFactorSection(status.on(), status.recoveryCodesLeft());
        }
    }

    @GetMapping(PATH)
    String show(Account account, Model model) {
        return page(account, model, Map.of());
    }

    @PostMapping(PATH + "/start")
    String start(Account account) {
        twoFactor.begin(account.id());
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/confirm")
    String confirm(Account account, @RequestParam(defaultValue = "") String code, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        List<String> codes;
        try {
            codes = twoFactor.confirm(account.id(), code);
        } catch (Invalid e) {
            return page(account, model, sentences(FormErrors.of(e)));
        }
        accounts.rememberMe().forgetAll(account.id());
        if (rememberMe.presented(request)) {
            rememberMe.remember(account.id(), request, response);
        }
        redirect.addFlashAttribute(NEW_CODES, codes);
        redirect.addFlashAttribute(NOTICE, "Two-factor sign-in is on. Signing in now asks for a code after your password; devices kept signed in sign in again once.");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/codes")
    String newCodes(Account account, RedirectAttributes redirect) {
        redirect.addFlashAttribute(NEW_CODES, twoFactor.newRecoveryCodes(account.id()));
        redirect.addFlashAttribute(NOTICE, "New recovery codes: the old ones no longer work.");
        return "redirect:" + PATH;
    }

    @PostMapping(PATH + "/off")
    String off(Account account, @RequestParam(defaultValue = "") String confirm, HttpServletRequest request, Model model,
               RedirectAttributes redirect) {
        if (confirm.isBlank()) {
            return page(account, model, Map.of("confirm", "Type your password or a code from your app."));
        }
        Optional<SignInThrottle.Attempt> attempt = throttle.attempt(account.email(), request.getRemoteAddr());
        if (attempt.isEmpty()) {
            return page(account, model, Map.of("confirm", "Too many wrong tries. "
                    + throttle.tryAgain(account.email(), request.getRemoteAddr())));
        }
        try {
            twoFactor.turnOff(account.id(), confirm);
        } catch (Invalid e) {
            return page(account, model, sentences(FormErrors.of(e)));
        }
        throttle.succeeded(attempt.get());
        redirect.addFlashAttribute(NOTICE, "Two-factor sign-in is off: your password signs you in alone.");
        return "redirect:" + PATH;
    }

    @SuppressWarnings("unchecked")
    private String page(Account account, Model model, Map<String, String> errors) {
        TwoFactorStatus status = twoFactor.status(account.id());
        TwoFactorView.Setup setup = status.on() ? null : twoFactor.pending(account.id()).map(TwoFactorPage::setup)
                .orElse(null);
        List<String> codes = (List<String>) model.asMap().getOrDefault(NEW_CODES, List.of());
        model.addAttribute("twoFactor", new TwoFactorView(status.on(),
                status.since() == null ? null : status.since().atZone(account.settings().timeZone()).toLocalDate().toString(),
                status.recoveryCodesLeft(), setup, codes, errors, (String) model.asMap().get(NOTICE)));
        return "two-factor";
    }

    private static Map<String, String> sentences(Map<String, String> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        errors.forEach((field, message) -> out.put(field, message + "."));
        return out;
    }

    private static TwoFactorView.Setup setup(TwoFactorSetup setup) {
        return new TwoFactorView.Setup(grouped(setup.secret()), setup.uri(), QrCode.svgDataUri(setup.uri()));
    }

    /** The secret in groups of four, as apps that take it typed show it. */
    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}

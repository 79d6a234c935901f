package app.kith.web.digest;

import app.kith.digest.Digests;
import app.kith.digest.LinkCheck;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Where the morning email's links lead, signed in or not: the signed link is the credential, for
 * one account, one person and one action, until it expires. Opening a link (GET) only asks; the
 * change is the page's POST, which carries the CSRF token like every form. Mail providers' one-click
 * unsubscribe (RFC 8058) posts without a page, so that one path takes the signed link alone.
 */
@Controller
class DigestLinks {

    private final Digests digests;

    DigestLinks(Digests digests) {
        this.digests = digests;
    }

    @GetMapping("/digest/done")
    String askDone(@RequestParam(name = "t", defaultValue = "") String token, Model model, HttpServletResponse response) {
        LinkCheck link = digests.check(token);
        if (!link.valid() || !link.action().equals("done")) {
            return refused(link, model, response);
        }
        String what = link.askId() != null ? "Mark that you followed up with " + link.name() + "?"
                : "Mark " + link.name() + " as done for today?";
        model.addAttribute("link", new DigestLinkView(what, link.askId() != null
                ? "This logs a follow-up of your ask, today."
                : "This logs that you were in touch with " + link.name() + " today.", "/digest/done", token,
                link.askId() != null ? "Followed up" : "Done", false));
        return "digest/link";
    }

    @PostMapping("/digest/done")
    String done(@RequestParam(name = "t", defaultValue = "") String token, Model model, HttpServletResponse response) {
        LinkCheck link = digests.check(token);
        if (!link.valid() || !link.action().equals("done")) {
            return refused(link, model, response);
        }
        digests.confirm(token);
        model.addAttribute("link", new DigestLinkView("Done", "✓ " + link.name() + " is checked off for today.",
                null, null, null, false));
        return "digest/link";
    }

    /** The List-Unsubscribe header's link, opened in a browser, asks like the email's own link. */
    @GetMapping({"/digest/unsubscribe", "/digest/unsubscribe/one-click"})
    String askUnsubscribe(@RequestParam(name = "t", defaultValue = "") String token, Model model,
                          HttpServletResponse response) {
        LinkCheck link = digests.check(token);
        if (!link.valid() || !link.action().equals("unsubscribe")) {
            return refused(link, model, response);
        }
        model.addAttribute("link", new DigestLinkView("Stop the morning email?",
                "You can turn it on again in Settings.", "/digest/unsubscribe", token, "Stop the morning email", false));
        return "digest/link";
    }

    @PostMapping("/digest/unsubscribe")
    String unsubscribe(@RequestParam(name = "t", defaultValue = "") String token, Model model,
                       HttpServletResponse response) {
        LinkCheck link = digests.check(token);
        if (!link.valid() || !link.action().equals("unsubscribe")) {
            return refused(link, model, response);
        }
        digests.confirm(token);
        model.addAttribute("link", new DigestLinkView("The morning email is off",
                "Kith sends you no more morning emails. You can turn it on again in Settings.", null, null, null, false));
        return "digest/link";
    }

    /** RFC 8058: the mail provider's "Unsubscribe" button posts {@code List-Unsubscribe=One-Click}. */
    @PostMapping("/digest/unsubscribe/one-click")
    @ResponseBody
    ResponseEntity<String> oneClick(@RequestParam(name = "t", defaultValue = "") String token) {
        LinkCheck link = digests.check(token);
        if (!link.valid() || !link.action().equals("unsubscribe")) {
            return ResponseEntity.badRequest().body("This link is not valid, or has expired.");
        }
        digests.confirm(token);
        return ResponseEntity.ok("The morning email is off.");
    }

    private static String refused(LinkCheck link, Model model, HttpServletResponse response) {
        response.setStatus(link.state() == LinkCheck.State.EXPIRED ? 410 : 400);
        model.addAttribute("link", link.state() == LinkCheck.State.EXPIRED
                ? new DigestLinkView("This link has expired",
                        "Links in the morning email work for a few days. Nothing was changed; open Today in Kith instead.",
                        null, null, null, true)
                : new DigestLinkView("This link is not valid",
                        "It may have been cut or changed on the way. Nothing was changed; open Today in Kith instead.",
                        null, null, null, true));
        return "digest/link";
    }
}

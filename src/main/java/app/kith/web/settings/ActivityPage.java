package app.kith.web.settings;

import app.kith.account.Account;
import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.audit.AuditPage;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Settings → Activity: the account's audit log, newest first, a page at a time. */
@Controller
class ActivityPage {

    static final int PAGE = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Audit audit;

    ActivityPage(Audit audit) {
        this.audit = audit;
    }

    @GetMapping("/settings/activity")
    String show(Account account, @RequestParam(required = false) Long before, Model model) {
        AuditPage page = audit.page(account.id(), before, PAGE);
        ZoneId zone = account.settings().timeZone();
        model.addAttribute("activity", new ActivityView(page.events().stream()
                .map(e -> new ActivityView.Row(WHEN.format(e.at().atZone(zone)), AuditKind.labelOf(e.kind()), e.detail(),
                        e.ip() == null ? "" : e.agent() == null ? e.ip() : e.ip() + " · " + e.agent()))
                .toList(), page.older(), before != null));
        return "settings/activity";
    }
}

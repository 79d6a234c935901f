package app.kith.web.who;

import app.kith.account.Account;
import app.kith.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Who knows…?": the people who may know about something, best first, with why each matched and
 * when you last spoke, searched as you type and narrowed by circle, location and why they
 * matter. The search form asks htmx for the results only; the address keeps the state, so a
 * reload, a shared link or the back button shows the same search. From each result, one click
 * asks them ({@link WhoActions}) or introduces them to someone looking for it.
 */
@Controller
class WhoPage {

    /** The flash attribute that carries what an action did back to the page without JavaScript. */
    static final String FLASH = "whoDone";

    private final WhoResults results;

    WhoPage(WhoResults results) {
        this.results = results;
    }

    @GetMapping("/who")
    String search(Account account, @RequestParam(required = false) String q, @RequestParam(required = false) String circle,
                  @RequestParam(required = false) String location, @RequestParam(required = false) String why,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        WhoFilters filters = WhoFilters.parse(q, circle, location, why);
        model.addAttribute("view", results.view(account, filters, (WhoResults.Done) model.getAttribute(FLASH)));
        if (!Htmx.isHtmx(request)) {
            return "who";
        }
        // The address to keep is the search as understood, without the empty fields the form sends.
        response.setHeader("HX-Push-Url", filters.url());
        return "who/results";
    }
}

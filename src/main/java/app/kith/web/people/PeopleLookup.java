package app.kith.web.people;

import app.kith.account.Account;
import app.kith.person.People;
import app.kith.person.Person;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The matches of a person field as it is typed (the quick log's "Who", Introduce's name): a short
 * list of options for htmx to put under the field, which kith.js lets the keyboard pick from.
 */
@Controller
class PeopleLookup {

    static final int MATCHES = 8;

    private final People people;

    PeopleLookup(People people) {
        this.people = people;
    }

    /** {@code for}: the id of the list the options go in; {@code except}: a person to leave out (Introduce's own). */
    @GetMapping("/people/lookup")
    String lookup(Account account, @RequestParam(defaultValue = "") String q,
                  @RequestParam(name = "for", defaultValue = "people") String listId,
                  @RequestParam(required = false) Long except, Model model) {
        String typed = q.strip();
        String list = listId.matches("[a-z][a-z0-9-]{0,40}") ? listId : "people";
        if (typed.isEmpty() || typed.length() > People.MAX_QUERY) {
            model.addAttribute("lookup", new LookupView(list, List.of(), null));
            return "people-lookup";
        }
        List<LookupView.Match> matches = people.search(account.id(), typed, MATCHES + 1, 0).stream()
                .filter(p -> except == null || p.id() != except).limit(MATCHES)
                .map(p -> new LookupView.Match(p.id(), p.name(), work(p), p.why())).toList();
        model.addAttribute("lookup", new LookupView(list, matches, matches.isEmpty() ? "Nobody matches “" + typed + "”" : null));
        return "people-lookup";
    }

    private static String work(Person p) {
        return p.role() != null && p.company() != null ? p.role() + " at " + p.company()
                : p.role() != null ? p.role() : p.company() != null ? p.company() : p.location();
    }
}

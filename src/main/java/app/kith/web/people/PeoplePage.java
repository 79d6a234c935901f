package app.kith.web.people;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import app.kith.person.FoundPeople;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PeopleQuery.Reason;
import app.kith.person.PeopleQuery.Sort;
import app.kith.web.Avatars;
import app.kith.web.CircleChoice;
import app.kith.web.Htmx;
import app.kith.web.PersonRow;
import app.kith.web.Wording;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everyone, searchable as you type and filtered by circle, due date and why they matter. The
 * search form asks htmx for the results only; the address keeps the state, so a reload, a shared
 * link or the back button shows the same list. The results carry the form that changes the people
 * ticked, or everyone matching, at once ({@link PeopleBulkPage}).
 */
@Controller
class PeoplePage {

    static final int PAGE_SIZE = 50;

    private static final Map<Reason, String> REASONS = Map.of(Reason.AWESOME, "Awesome", Reason.CONNECTOR, "Connector",
            Reason.BOTH, "Both awesome and a connector", Reason.ANY, "Any reason given", Reason.NONE, "Not marked yet");
    private static final Map<Sort, String> SORTS = Map.of(Sort.DUE, "Next due", Sort.LAST_TOUCH,
            "Last touch, longest ago first", Sort.RECENT_TOUCH, "Last touch, most recent first", Sort.NAME, "Name");

    private final People people;
    private final Circles circles;
    private final Avatars avatars;
    private final Clock clock;

    PeoplePage(People people, Circles circles, Avatars avatars, Clock clock) {
        this.people = people;
        this.circles = circles;
        this.avatars = avatars;
        this.clock = clock;
    }

    @GetMapping("/people")
    String list(Account account, @RequestParam(required = false) String q, @RequestParam(required = false) String circle,
                @RequestParam(required = false) String due, @RequestParam(required = false) String why,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                @RequestParam(required = false) Long deleted, HttpServletRequest request, HttpServletResponse response, Model model) {
        PeopleFilters filters = PeopleFilters.parse(q, circle, due, why, sort, page);
        LocalDate today = account.today(clock);
        FoundPeople found;
        String searchError = null;
        try {
            found = people.list(account.id(), filters.query(PAGE_SIZE), today);
            if (found.people().isEmpty() && found.total() > 0) {
                // A page past the end (the list shrank since the link was made): show the last one.
                filters = filters.onPage(pages(found.total()));
                found = people.list(account.id(), filters.query(PAGE_SIZE), today);
            }
        } catch (Invalid e) {
            searchError = Wording.refusal(e.getMessage(), "text", "The search");
            found = new FoundPeople(List.of(), 0);
        }
        boolean fragment = Htmx.isHtmx(request);
        List<Circle> all = circles.list(account.id());
        List<PersonRow> rows = PersonRow.all(found.people(), today,
                avatars.of(account.id(), Avatars.who(found.people(), Person::id, Person::name)),
                filters.q().isBlank() ? null : filters.q(), found.why());
        model.addAttribute("view", view(filters, found, rows, all, found.total() == 0 && people.count(account.id()) == 0,
                searchError, (PeopleView.BulkNotice) model.getAttribute(PeopleBulkPage.FLASH)));
        if (!fragment) {
            model.addAttribute("undo", UndoBanner.of(people, account.id(), deleted));
            return "people";
        }
        // The address to keep is the state as understood, without the empty fields the form sends.
        response.setHeader("HX-Push-Url", filters.url(filters.page()));
        return "people-results";
    }

    private static PeopleView view(PeopleFilters f, FoundPeople found, List<PersonRow> rows, List<Circle> all,
                                   boolean nobodyYet, String searchError, PeopleView.BulkNotice bulk) {
        int pages = pages(found.total());
        List<PeopleView.Option> circleOptions = new ArrayList<>();
        circleOptions.add(new PeopleView.Option("", "All circles", f.circle() == null));
        for (Circle c : all) {
            circleOptions.add(new PeopleView.Option(String.valueOf(c.id()), c.name(), Long.valueOf(c.id()).equals(f.circle())));
        }
        List<PeopleView.Option> reasons = new ArrayList<>();
        reasons.add(new PeopleView.Option("", "Anyone", f.why() == null));
        for (Reason r : Reason.values()) {
            reasons.add(new PeopleView.Option(PeopleFilters.key(r), REASONS.get(r), r == f.why()));
        }
        List<PeopleView.Option> sorts = new ArrayList<>();
        // No order asked for: the best match first for a search, else the soonest due (People.list); short, to fit.
        sorts.add(new PeopleView.Option("", "Best match or due", f.sort() == null));
        for (Sort s : Sort.values()) {
            if (s != Sort.RELEVANCE) {
                sorts.add(new PeopleView.Option(PeopleFilters.key(s), SORTS.get(s), s == f.sort()));
            }
        }
        String count = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(found.total());
        String summary = (found.total() == 1 ? "1 person" : count + " people")
                + (pages > 1 ? " · page " + f.page() + " of " + pages : "");
        return new PeopleView(f, circleOptions, reasons, sorts,
                rows, summary, f.page(), pages,
                f.page() > 1 ? f.url(f.page() - 1) : null, f.page() < pages ? f.url(f.page() + 1) : null,
                nobodyYet, found.total() == 0 && !nobodyYet ? describe(f, all) : null, searchError, found.total(),
                CircleChoice.of(all, List.of()), bulk);
    }

    /** The filters in words, for "Nobody matches …". */
    private static String describe(PeopleFilters f, List<Circle> all) {
        List<String> parts = new ArrayList<>();
        if (!f.q().isBlank()) {
            parts.add("“" + f.q().strip() + "”");
        }
        if (f.circle() != null) {
            parts.add("in " + all.stream().filter(c -> c.id() == f.circle()).map(Circle::name).findFirst()
                    .orElse("a circle that no longer exists"));
        }
        if (f.due()) {
            parts.add("due or overdue");
        }
        if (f.why() != null) {
            parts.add(REASONS.get(f.why()).toLowerCase(Locale.ENGLISH));
        }
        return parts.isEmpty() ? "these filters" : String.join(", ", parts);
    }

    private static int pages(int total) {
        return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}

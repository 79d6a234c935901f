package app.kith.web.introductions;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.intro.NewIntroduction;
import app.kith.person.Match;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.web.FormErrors;
import app.kith.web.Htmx;
import app.kith.web.Option;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Introductions on a person's page: propose one (the other person typed by name, or picked among
 * those the name matches, or suggested), and move one on by a step. htmx gets the section back;
 * a browser without JavaScript the page.
 */
@Controller
class IntroductionsPage {

    /** The feature names the other person personB; the form calls them "other". */
    private static final Map<String, String> FIELDS = Map.of("personB", "other", "reason", "reason");

    private final Introductions introductions;
    private final People people;
    private final Identities identities;
    private final PersonIntroductions section;
    private final Clock clock;

    IntroductionsPage(Introductions introductions, People people, Identities identities, PersonIntroductions section,
                      Clock clock) {
        this.introductions = introductions;
        this.people = people;
        this.identities = identities;
        this.section = section;
        this.clock = clock;
    }

    /** {@code otherId} when the other person was picked (a choice, a suggestion), else {@code other} as typed. */
    @PostMapping("/people/{id}/introductions")
    String propose(Account account, @PathVariable long id, @RequestParam(defaultValue = "") String other,
                   @RequestParam(required = false) Long otherId, @RequestParam(defaultValue = "") String reason,
                   HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        Long target = otherId;
        if (target == null) {
            List<Person> candidates = candidates(account, person, other);
            if (candidates.size() != 1) {
                String first = Messages.firstName(person.name());
                Map<String, String> errors = new LinkedHashMap<>();
                errors.put("other", other.isBlank() ? "Type the name of the person to introduce " + first + " to"
                        : candidates.isEmpty() ? "Nobody called \"" + other.strip() + "\" among your people"
                        : "Several people match \"" + other.strip() + "\": choose one");
                try {
                    introductions.checkReason(reason); // said at once with the name
                } catch (Invalid e) {
                    errors.put("reason", FormErrors.inWords("reason", e.getMessage()));
                }
                return section(account, person, new PersonIntroductions.Carried(other, reason,
                        candidates.stream().map(IntroductionsPage::choice).toList(), errors, null),
                        request, model, redirect);
            }
            target = candidates.get(0).id();
        }
        Introduction made;
        try {
            made = introductions.propose(account.id(), new NewIntroduction(id, target, reason, null), account.today(clock));
        } catch (Invalid e) {
            return section(account, person, new PersonIntroductions.Carried(other, reason, List.of(),
                    FormErrors.of(e, FIELDS), null), request, model, redirect);
        } catch (Conflict e) {
            String field = FIELDS.getOrDefault(e.field(), FormErrors.FORM);
            return section(account, person, new PersonIntroductions.Carried(other, reason, List.of(),
                    Map.of(field, FormErrors.inWords(field, e.getMessage())), null), request, model, redirect);
        }
        Introduction.Side them = made.other(id);
        return section(account, person, new PersonIntroductions.Carried("", "", List.of(), Map.of(),
                "Proposed. Now ask " + Messages.firstName(person.name()) + " and "
                        + Messages.firstName(them.name()) + " whether they'd like to meet (the Message button has"
                        + " the words)."), request, model, redirect);
    }

    /** One step of one of this person's introductions (see {@link IntroRows#step}), dated today. */
    @PostMapping("/people/{id}/introductions/{introId}/step")
    String step(Account account, @PathVariable long id, @PathVariable long introId,
                @RequestParam(required = false) String step, @RequestParam(required = false) Long personId,
                @RequestParam(required = false) String channel, HttpServletRequest request, Model model,
                RedirectAttributes redirect) {
        Person person = people.get(account.id(), id);
        if (introductions.get(account.id(), introId).side(id) == null) {
            throw new NotFound("No introduction " + introId + " of person " + id);
        }
        try {
            introductions.step(account.id(), introId, IntroRows.step(step, personId, channel, null), account.today(clock));
        } catch (Invalid | Conflict e) {
            return section(account, person, new PersonIntroductions.Carried("", "", List.of(),
                    Map.of("step-" + introId, e.getMessage()), null), request, model, redirect);
        }
        return section(account, person, null, request, model, redirect);
    }

    /** The people a typed name may mean, leaving out the person whose page it is. */
    private List<Person> candidates(Account account, Person person, String typed) {
        Match match = identities.resolve(account.id(), typed);
        if (match instanceof Match.One one) {
            return List.of(one.person());
        }
        if (match instanceof Match.Many many) {
            return many.people().stream().filter(p -> p.id() != person.id()).toList();
        }
        return List.of();
    }

    /** "Sam Lee — Engineer at Acme": enough to tell namesakes apart. */
    private static Option choice(Person p) {
        String work = p.role() != null && p.company() != null ? p.role() + " at " + p.company()
                : p.role() != null ? p.role() : p.company() != null ? p.company() : p.location();
        return new Option(String.valueOf(p.id()), work == null ? p.name() : p.name() + " — " + work);
    }

    /** The section again for htmx; otherwise back to the page, carrying what to show in the section. */
    private String section(Account account, Person person, PersonIntroductions.Carried carried, HttpServletRequest request,
                           Model model, RedirectAttributes redirect) {
        if (!Htmx.isHtmx(request)) {
            if (carried != null) {
                redirect.addFlashAttribute(PersonIntroductions.FLASH, carried);
            }
            return "redirect:/people/" + person.id() + "#introductions";
        }
        model.addAttribute("introductions", section.view(account, people.get(account.id(), person.id()), carried));
        return "person-introductions";
    }
}

package app.kith.web.introductions;

import app.kith.Counts;
import app.kith.account.Account;
import app.kith.intro.IntroCounts;
import app.kith.intro.IntroQuery;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.trash.Trash;
import app.kith.web.Htmx;
import app.kith.web.TrashUndo;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every introduction, and how they went: open ones first with their next step, one click each
 * (htmx gets the introduction back, moved on; a refusal is the flash message).
 */
@Controller
class IntroductionsOverviewPage {

    private final Introductions introductions;
    private final People people;
    private final Messages messages;
    private final Clock clock;
    private final Trash trash;

    IntroductionsOverviewPage(Introductions introductions, People people, Messages messages, Clock clock, Trash trash) {
        this.trash = trash;
        this.introductions = introductions;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/introductions")
    String show(Account account, Model model) {
        List<Introduction> all = introductions.list(account.id(), IntroQuery.all());
        Map<Long, Person> byId = people(account, all);
        IntroCounts c = introductions.counts(account.id());
        IntroRows.Templates templates = IntroRows.Templates.of(messages, account);
        LocalDate today = account.today(clock);
        List<String> rest = new ArrayList<>();
        if (c.declined() > 0) {
            rest.add(c.declined() + " declined");
        }
        if (c.noReply() > 0) {
            rest.add(c.noReply() + " with no reply");
        }
        if (c.notAFit() > 0) {
            rest.add(c.notAFit() + " not a fit");
        }
        model.addAttribute("introductions", new IntroductionsView(
                c.proposed() == 0 ? null : Counts.of().add(c.proposed(), "proposed").add(c.introduced(), "introduced")
                        .add(c.met(), "met").toString(),
                rest.isEmpty() ? null : "And " + String.join(", ", rest) + ".",
                all.stream().filter(Introduction::open).map(i -> IntroRows.of(i, byId, account.settings(), templates, today)).toList(),
                all.stream().filter(i -> !i.open()).map(i -> IntroRows.of(i, byId, account.settings(), templates, today)).toList()));
        return "introductions";
    }

    /** One step (see {@link IntroRows#step}), dated today. */
    /** Deletes an introduction into the trash; the page offers the Undo. */
    @PostMapping("/introductions/{id}/delete")
    String delete(Account account, @PathVariable long id, RedirectAttributes redirect) {
        introductions.delete(account.id(), id);
        redirect.addFlashAttribute(TrashUndo.FLASH, TrashUndo.of(trash.get(account.id(), "introduction", id),
                "/introductions"));
        return "redirect:/introductions";
    }

    @PostMapping("/introductions/{id}/step")
    String step(Account account, @PathVariable long id, @RequestParam(required = false) String step,
                @RequestParam(required = false) Long personId, @RequestParam(required = false) String channel,
                HttpServletRequest request, Model model) {
        Introduction moved = introductions.step(account.id(), id, IntroRows.step(step, personId, channel, null),
                account.today(clock));
        if (!Htmx.isHtmx(request)) {
            return "redirect:/introductions#introduction-" + id;
        }
        model.addAttribute("row", IntroRows.of(moved, people(account, List.of(moved)), account.settings(),
                IntroRows.Templates.of(messages, account), account.today(clock)));
        return "introductions-row";
    }

    /**
     * One of an introduction's messages with another template, for htmx to swap in (the select
     * beside it), wherever the introduction is shown: {@code slot} says which message.
     */
    @GetMapping("/introductions/{id}/starter")
    String starter(Account account, @PathVariable long id, @RequestParam(required = false) String slot,
                   @RequestParam(required = false) String template, Model model) {
        Introduction intro = introductions.get(account.id(), id);
        model.addAttribute("starter", IntroRows.starter(intro, slot, template, people(account, List.of(intro)),
                IntroRows.Templates.of(messages, account), account.today(clock)));
        return "today/starter";
    }

    private Map<Long, Person> people(Account account, List<Introduction> list) {
        return People.byId(people.get(account.id(), list.stream()
                .flatMap(i -> Stream.of(i.personA().id(), i.personB().id())).distinct().toList()));
    }
}

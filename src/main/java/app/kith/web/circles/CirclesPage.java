package app.kith.web.circles;

import app.kith.person.Rhythms;
import app.kith.Checks;
import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.circle.Circle;
import app.kith.circle.CircleChange;
import app.kith.circle.Circles;
import app.kith.circle.InRhythm;
import app.kith.person.FoundPeople;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import app.kith.web.Avatars;
import app.kith.trash.Trash;
import app.kith.web.PersonRow;
import app.kith.web.TrashUndo;
import app.kith.web.Wording;
import app.kith.person.Person;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Circles: each with its rhythm, its size and how many of its people are in rhythm; create,
 * rename, set or take away the default rhythm, delete. A refused form comes back as typed with
 * the message next to its field.
 */
@Controller
class CirclesPage {

    static final int MEMBERS_SHOWN = 50;

    private final Circles circles;
    private final People people;
    private final Avatars avatars;
    private final Clock clock;
    private final Trash trash;

    CirclesPage(Circles circles, People people, Avatars avatars, Clock clock, Trash trash) {
        this.trash = trash;
        this.circles = circles;
        this.people = people;
        this.avatars = avatars;
        this.clock = clock;
    }

    @GetMapping("/circles")
    String list(Account account, Model model) {
        return listPage(account, CircleForm.empty(), (String) model.getAttribute("notice"), model);
    }

    @PostMapping("/circles")
    String create(Account account, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String rhythmDays, Model model, RedirectAttributes redirect) {
        try {
            Circle made = circles.add(account.id(), name, rhythm(name, rhythmDays));
            redirect.addFlashAttribute("notice", "Made the circle " + made.name() + " (" + Rhythms.inWords(made.rhythmDays()) + ").");
            return "redirect:/circles";
        } catch (Invalid | Conflict e) {
            return listPage(account, refused(name, rhythmDays, e), null, model);
        }
    }

    @GetMapping("/circles/{id}")
    String show(Account account, @PathVariable long id, Model model) {
        Circle circle = circles.byId(account.id(), id);
        return circlePage(account, circle, new CircleForm(circle.name(), circle.rhythmDays() == null ? ""
                : String.valueOf(circle.rhythmDays()), Map.of()), (String) model.getAttribute("notice"), model);
    }

    /** Renames the circle and sets its rhythm; an empty rhythm takes it away. */
    @PostMapping("/circles/{id}")
    String change(Account account, @PathVariable long id, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String rhythmDays, Model model, RedirectAttributes redirect) {
        Circle circle = circles.byId(account.id(), id);
        try {
            Integer rhythm = rhythm(name, rhythmDays);
            Circle changed = circles.change(account.id(), id, new CircleChange(name, rhythm, rhythm == null));
            redirect.addFlashAttribute("notice", "Saved: " + changed.name() + ", " + Rhythms.inWords(changed.rhythmDays()) + ".");
            return "redirect:/circles/" + id;
        } catch (Invalid | Conflict e) {
            return circlePage(account, circle, refused(name, rhythmDays, e), null, model);
        }
    }

    @PostMapping("/circles/{id}/delete")
    String delete(Account account, @PathVariable long id, RedirectAttributes redirect) {
        Circle circle = circles.delete(account.id(), id);
        if (circle.members() > 0) {
            redirect.addFlashAttribute("notice", "Its people stay, with the rhythm of their other circles or their own.");
        }
        redirect.addFlashAttribute(TrashUndo.FLASH, TrashUndo.of(trash.get(account.id(), "circle", id), "/circles"));
        return "redirect:/circles";
    }

    private String listPage(Account account, CircleForm form, String notice, Model model) {
        Map<Long, InRhythm> inRhythm = circles.inRhythm(account.id(), account.today(clock));
        model.addAttribute("view", new CirclesView(circles.list(account.id()).stream()
                .map(c -> CircleRow.of(c, inRhythm.get(c.id()))).toList(), form, notice));
        return "circles";
    }

    private String circlePage(Account account, Circle circle, CircleForm form, String notice, Model model) {
        LocalDate today = account.today(clock);
        FoundPeople members = people.list(account.id(), PeopleQuery.everyone(MEMBERS_SHOWN).inCircle(circle.id()), today);
        model.addAttribute("view", new CircleView(CircleRow.of(circle, circles.inRhythm(account.id(), today).get(circle.id())),
                form, PersonRow.all(members.people(), today, avatars.of(account.id(),
                        Avatars.who(members.people(), Person::id, Person::name))),
                members.total() > MEMBERS_SHOWN ? "/people?circle=" + circle.id() : null, notice));
        return "circle";
    }

    /**
     * The rhythm as typed: empty is no rhythm; anything but a whole number is refused like a bad
     * rhythm, together with whatever is wrong with the name.
     */
    private Integer rhythm(String name, String typed) {
        String text = typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,9}")) {
            Checks checks = new Checks();
            checks.refuse("rhythmDays", "The rhythm is a number of days, like 30, not \"" + text + "\"");
            checks.run(() -> circles.check(name, null));
            checks.done();
        }
        return Integer.valueOf(text);
    }

    private static CircleForm refused(String name, String rhythmDays, RuntimeException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (RuntimeException one : e instanceof Invalid i ? i.all() : List.of(e)) {
            String field = one instanceof Invalid i ? i.field() : ((Conflict) one).field();
            String message = field.equals("rhythmDays") ? Wording.refusal(one.getMessage(), field, "The rhythm")
                    : Wording.refusal(one.getMessage(), "name", "The name");
            errors.putIfAbsent(field.equals("rhythmDays") ? "rhythmDays" : "name", message);
        }
        return new CircleForm(name, rhythmDays, errors);
    }
}

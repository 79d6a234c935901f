package app.kith.web.person;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.reciprocity.Reciprocity;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.trash.Trash;
import app.kith.web.FormErrors;
import app.kith.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting a person's timeline: a touchpoint edited in its place (htmx) or on a page of its own,
 * deleted with an Undo where it was, the clock on the page following each time. Without
 * JavaScript every form posts and comes back to the person's page.
 */
@Controller
class TimelineCorrections {

    /** Flash attributes the person's page shows above the timeline after a redirect. */
    static final String STATUS = "timelineStatus";
    static final String DELETED = "timelineDeleted";

    private static final Map<String, String> FIELDS = Map.of("on", "on", "channel", "channel",
            "direction", "direction", "note", "note");

    private final People people;
    private final Touchpoints touchpoints;
    private final Timelines timelines;
    private final Reciprocity reciprocity;
    private final Clock clock;
    private final Trash trash;

    TimelineCorrections(People people, Touchpoints touchpoints, Timelines timelines, Reciprocity reciprocity,
                        Clock clock, Trash trash) {
        this.trash = trash;
        this.people = people;
        this.touchpoints = touchpoints;
        this.timelines = timelines;
        this.reciprocity = reciprocity;
        this.clock = clock;
    }

    /** The entry as it is (Cancel, for htmx); a plain request goes back to the person's page. */
    @GetMapping("/people/{id}/touchpoints/{touchpointId}")
    String entry(Account account, @PathVariable long id, @PathVariable long touchpointId, HttpServletRequest request,
                 Model model) {
        Touchpoint t = touchpoint(account, id, touchpointId);
        if (!Htmx.isHtmx(request)) {
            return "redirect:/people/" + id;
        }
        model.addAttribute("personId", id);
        model.addAttribute("entry", Timelines.entry(t));
        return "person-timeline-entry";
    }

    @GetMapping("/people/{id}/touchpoints/{touchpointId}/edit")
    String edit(Account account, @PathVariable long id, @PathVariable long touchpointId, HttpServletRequest request,
                Model model) {
        Touchpoint t = touchpoint(account, id, touchpointId);
        return form(account, id, t, Timelines.form(t), Map.of(), request, model);
    }

    @PostMapping("/people/{id}/touchpoints/{touchpointId}")
    String save(Account account, @PathVariable long id, @PathVariable long touchpointId, TouchpointForm form,
                HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Touchpoint was = touchpoint(account, id, touchpointId);
        Touchpoint now;
        try {
            now = touchpoints.edit(account.id(), touchpointId, form.toEdit(), account.today(clock));
        } catch (Invalid e) {
            return form(account, id, was, form, FormErrors.of(e, FIELDS), request, model);
        }
        String status = "Changed: " + Timelines.what(now) + ".";
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute(STATUS, status);
            return "redirect:/people/" + id;
        }
        // The date may have moved it: the whole timeline comes back, in order.
        response.setHeader("HX-Retarget", "#timeline-section");
        response.setHeader("HX-Reswap", "outerHTML");
        return corrected(account, id, timelines.page(account.id(), id, 0, status, null), model);
    }

    @PostMapping("/people/{id}/touchpoints/{touchpointId}/delete")
    String delete(Account account, @PathVariable long id, @PathVariable long touchpointId, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        touchpoint(account, id, touchpointId);
        TimelineView.Deleted deleted = Timelines.deleted(touchpoints.delete(account.id(), touchpointId));
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute(DELETED, deleted);
            return "redirect:/people/" + id;
        }
        clock(account, id, model);
        model.addAttribute("deleted", deleted);
        return "person-touchpoint-deleted";
    }

    /** Undo of a delete: the touchpoint back from the trash as it was, the clock following. */
    @PostMapping("/people/{id}/touchpoints/undo-delete")
    String undo(Account account, @PathVariable long id, @RequestParam long touchpoint, HttpServletRequest request,
                Model model, RedirectAttributes redirect) {
        people.get(account.id(), id);
        trash.restore(account, "touchpoint", touchpoint);
        Touchpoint back = touchpoints.get(account.id(), touchpoint);
        String status = "Brought back: " + Timelines.what(back) + ".";
        if (!Htmx.isHtmx(request)) {
            redirect.addFlashAttribute(STATUS, status);
            return "redirect:/people/" + id;
        }
        return corrected(account, id, timelines.page(account.id(), id, 0, status, null), model);
    }

    /** A touchpoint of this person's, of the account's; anything else is not found. */
    private Touchpoint touchpoint(Account account, long personId, long touchpointId) {
        Touchpoint t = touchpoints.get(account.id(), touchpointId);
        if (t.personId() != personId) {
            throw new NotFound("No touchpoint " + touchpointId + " of person " + personId);
        }
        return t;
    }

    private String form(Account account, long id, Touchpoint t, TouchpointForm form, Map<String, String> errors,
                        HttpServletRequest request, Model model) {
        Person person = people.get(account.id(), id);
        model.addAttribute("edit", new TouchpointEditView(id, person.name(), t.id(), form,
                account.today(clock).toString(), errors));
        return Htmx.isHtmx(request) ? "person-timeline-edit" : "touchpoint-edit";
    }

    private String corrected(Account account, long id, TimelineView timeline, Model model) {
        clock(account, id, model);
        model.addAttribute("timeline", timeline);
        return "person-corrected";
    }

    /** What the clock on the page shows now, swapped in beside the timeline. */
    private void clock(Account account, long id, Model model) {
        LocalDate today = account.today(clock);
        model.addAttribute("person", PersonView.of(people.get(account.id(), id), today));
        model.addAttribute("reciprocity", ReciprocityView.of(reciprocity.of(account.id(), id, today), today));
    }
}

package app.kith.web.person;

import app.kith.account.Account;
import app.kith.person.People;
import app.kith.person.Person;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deleting a person takes one click and no "are you sure?": the People page that follows offers
 * the undo ({@link app.kith.web.people.UndoBanner}), and a deleted person can be restored for 30 days.
 */
@Controller
class DeletePersonPage {

    private final People people;

    DeletePersonPage(People people) {
        this.people = people;
    }

    @PostMapping("/people/{id}/delete")
    String delete(Account account, @PathVariable long id) {
        people.delete(account.id(), id);
        return "redirect:/people?deleted=" + id;
    }

    @PostMapping("/people/{id}/restore")
    String restore(Account account, @PathVariable long id, RedirectAttributes redirect) {
        Person back = people.restore(account.id(), id);
        redirect.addFlashAttribute("notice", back.name() + " is back, with everything as it was.");
        return "redirect:/people/" + id;
    }
}

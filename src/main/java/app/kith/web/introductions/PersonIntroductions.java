package app.kith.web.introductions;

import app.kith.account.Account;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.message.Messages;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.web.Option;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Builds the introductions section of a person's page. */
@Component
public class PersonIntroductions {

    /** The flash attribute that carries a refused or just-made proposal back to the page without JavaScript. */
    public static final String FLASH = "introductionsCarried";

    /** What the section shows after a redirect. */
    public record Carried(String other, String reason, List<Option> choices, Map<String, String> errors, String notice) implements java.io.Serializable {
    }

    private final Introductions introductions;
    private final People people;
    private final Messages messages;
    private final Clock clock;

    PersonIntroductions(Introductions introductions, People people, Messages messages, Clock clock) {
        this.introductions = introductions;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
    }

    public PersonIntroductionsView view(Account account, Person person, Carried carried) {
        Carried c = carried == null ? new Carried("", "", List.of(), Map.of(), null) : carried;
        return view(account, person, c.other(), c.reason(), c.choices(), c.errors(), c.notice());
    }

    public PersonIntroductionsView view(Account account, Person person, String other, String reason, List<Option> choices,
                                 Map<String, String> errors, String notice) {
        List<Introduction> list = introductions.ofPerson(account.id(), person.id());
        Map<Long, Person> byId = People.byId(people.get(account.id(), list.stream()
                .flatMap(i -> Stream.of(i.personA().id(), i.personB().id())).distinct().toList()));
        IntroRows.Templates templates = IntroRows.Templates.of(messages, account);
        LocalDate today = account.today(clock);
        // Open ones first: they are what there is to do.
        List<IntroRow> rows = Stream.concat(list.stream().filter(Introduction::open), list.stream().filter(i -> !i.open()))
                .map(i -> IntroRows.of(i, byId, account.settings(), templates, today)).toList();
        List<PersonIntroductionsView.Suggested> suggestions = person.lookingFor().isEmpty() ? List.of()
                : introductions.suggestions(account.id(), person.id()).stream()
                        .map(s -> new PersonIntroductionsView.Suggested(s.personId(), s.name(), s.reason())).toList();
        return new PersonIntroductionsView(person.id(), Messages.firstName(person.name()), rows, person.lookingFor(),
                suggestions, other, reason, choices, errors, notice);
    }
}

package app.kith.person;

import app.kith.NotFound;
import app.kith.circle.Circle;
import app.kith.circle.Circles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** People as the facades hand them out: a row with its lists and circles. */
class PersonViews {

    private final PersonRepository people;
    private final Circles circles;

    PersonViews(PersonRepository people, Circles circles) {
        this.people = people;
        this.circles = circles;
    }

    Person get(long accountId, long id) {
        return people.find(accountId, id).map(row -> of(accountId, List.of(row)).get(0))
                .orElseThrow(() -> new NotFound("No person " + id));
    }

    List<Person> get(long accountId, Collection<Long> ids) {
        return of(accountId, people.find(accountId, ids));
    }

    List<Person> of(long accountId, List<PersonRepository.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(PersonRepository.Row::id).toList();
        Map<Long, List<String>> emails = people.lists(PersonList.EMAILS, accountId, ids);
        Map<Long, List<String>> phones = people.lists(PersonList.PHONES, accountId, ids);
        Map<Long, List<String>> topics = people.lists(PersonList.TOPICS, accountId, ids);
        Map<Long, List<String>> needs = people.lists(PersonList.NEEDS, accountId, ids);
        Map<Long, List<Circle>> inCircles = circles.circlesOf(accountId, ids);
        List<Person> result = new ArrayList<>(rows.size());
        for (PersonRepository.Row r : rows) {
            result.add(new Person(r.id(), r.name(), emails.getOrDefault(r.id(), List.of()),
                    phones.getOrDefault(r.id(), List.of()), r.company(), r.role(), r.location(), r.linkedinUrl(),
                    r.birthday(), r.howWeMet(), topics.getOrDefault(r.id(), List.of()), r.why(), r.notes(),
                    r.ownRhythmDays(), r.rhythmDays(),
                    inCircles.getOrDefault(r.id(), List.of()).stream()
                            .map(c -> new Person.CircleRef(c.id(), c.name(), c.rhythmDays())).toList(),
                    r.startedOn(), r.lastTouchOn(), r.dueOn(), r.snoozedUntil(), r.createdAt(), r.updatedAt(),
                    needs.getOrDefault(r.id(), List.of())));
        }
        return result;
    }
}

package app.kith.search;

import app.kith.account.Account;
import app.kith.ask.NewAsk;
import app.kith.intro.NewIntroduction;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.wiring.Kith;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixed network the relevance test asks its questions of ({@code search/network.json}),
 * loaded into a real store through the facades, so every field a search may read (roles,
 * topics, needs, how we met, notes, touchpoint, ask and introduction notes) is stored as a user
 * would have typed it. Names are unique: the labelled queries name the people they expect.
 */
record FixtureNetwork(Map<String, Long> idsByName, Map<Long, String> namesById) {

    /** Every touchpoint, ask and introduction in the fixture is dated on or before this day. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    record Touch(String on, String channel, String direction, String note) {
    }

    record Asked(String on, String text) {
    }

    record Person(String name, String company, String role, String location, List<String> topics,
                  List<String> lookingFor, String howWeMet, String why, String notes, List<Touch> touchpoints,
                  List<Asked> asks) {

        PersonDraft draft() {
            return new PersonDraft(name, null, null, company, role, location, null, null, howWeMet, topics, why, notes,
                    30, null, TODAY.minusYears(1), lookingFor);
        }
    }

    record Intro(String a, String b, String reason, String on) {
    }

    record File(List<Person> people, List<Intro> introductions) {
    }

    static File read() {
        try (InputStream in = FixtureNetwork.class.getResourceAsStream("/search/network.json")) {
            return JsonMapper.builder().build().readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the fixture's people, then their touchpoints, asks and introductions, to the owner's account. */
    static FixtureNetwork loadInto(Kith kith) {
        File file = read();
        Account owner = kith.accounts().owner();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Person p : file.people()) {
            long id = kith.people().add(owner.id(), p.draft(), TODAY.minusYears(1)).id();
            if (ids.put(p.name(), id) != null) {
                throw new IllegalStateException("two people in the fixture are called " + p.name());
            }
        }
        for (Person p : file.people()) {
            long id = ids.get(p.name());
            for (Touch t : list(p.touchpoints())) {
                kith.touchpoints().log(owner.id(), new NewTouchpoint(id, LocalDate.parse(t.on()), t.channel(),
                        t.direction(), t.note()), TODAY);
            }
            for (Asked a : list(p.asks())) {
                kith.asks().ask(owner, new NewAsk(id, a.text(), LocalDate.parse(a.on()), null), TODAY);
            }
        }
        for (Intro i : list(file.introductions())) {
            kith.introductions().propose(owner.id(), new NewIntroduction(idOf(ids, i.a()), idOf(ids, i.b()),
                    i.reason(), LocalDate.parse(i.on())), TODAY);
        }
        Map<Long, String> names = new HashMap<>();
        ids.forEach((name, id) -> names.put(id, name));
        return new FixtureNetwork(Map.copyOf(ids), Map.copyOf(names));
    }

    static long idOf(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("nobody in the fixture is called " + name);
        }
        return id;
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }
}

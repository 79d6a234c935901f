package app.kith.dav;

import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Accounts;
import app.kith.io.VCards;
import app.kith.person.Lenient;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * An account's people as one address book (CardDAV, RFC 6352), synced both ways. A card Kith made
 * is named {@code kith-ID.vcf}; a card a phone made keeps the name and UID it was put under. What a
 * phone puts changes only what a card holds (name, emails, phones, company, title, town, LinkedIn,
 * birthday, notes); what only Kith knows (circles, rhythm, topics, what they look for, how you
 * met, why they matter, touchpoints, asks) is kept, and a card without a NOTE leaves the notes be.
 * A card deleted on a phone goes to Kith's trash, where it can be restored.
 */
public class AddressBook {

    private static final String KITH_NAME = "kith-";
    private static final Pattern KITH = Pattern.compile("kith-(\\d{1,18})\\.vcf");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9@._~+=-]{1,200}");
    private static final String TOKEN = "urn:kith:sync:";

    private final CardRepository cards;
    private final People people;
    private final Accounts accounts;
    private final TransactionOperations tx;
    private final Clock clock;

    public AddressBook(JdbcClient jdbc, TransactionOperations tx, People people, Accounts accounts, Clock clock) {
        this.cards = new CardRepository(jdbc);
        this.people = people;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    /** The current sync token (RFC 6578); it changes whenever any card does, so it is the getctag too. */
    public String syncToken(long accountId) {
        return TOKEN + cards.revision(accountId);
    }

    /** Every card of the account. */
    public List<Card> all(long accountId) {
        List<Person> everyone = new ArrayList<>();
        people.forEach(accountId, null, everyone::add);
        return cards(accountId, everyone, cards.named(accountId));
    }

    public Optional<Card> card(long accountId, String name) {
        return person(accountId, name).map(id -> cards(accountId, List.of(id)).get(0));
    }

    /** The cards of these names that exist, in the order asked. */
    public List<Card> cards(long accountId, Collection<String> names) {
        return cards(accountId, List.copyOf(resolve(accountId, names).keySet()));
    }

    /**
     * What changed since a token this address book gave: the cards changed or added, and the
     * names of those deleted (or put in the trash). The token is read before the cards, so a change
     * made meanwhile is reported again next time rather than missed.
     */
    public Changes changesSince(long accountId, String token) {
        long now = cards.revision(accountId);
        long since = revisionOf(token, now);
        List<Long> changed = cards.changedSince(accountId, since);
        List<Card> found = cards(accountId, changed);
        Set<String> foundNames = found.stream().map(Card::name).collect(Collectors.toSet());
        Map<Long, CardRepository.Named> named = cards.named(accountId, changed);
        List<String> removed = changed.stream().map(id -> nameOf(id, named))
                .filter(n -> !foundNames.contains(n)).toList();
        return new Changes(TOKEN + now, found, removed);
    }

    /**
     * Puts a card: a new name makes a new person, a known one updates what the card holds of them.
     * {@code ifMatch}: the ETag the phone last saw (null for none); {@code ifNoneMatch}: whether
     * the phone said {@code If-None-Match: *} (create only). A precondition that does not hold
     * changes nothing.
     */
    public Written put(long accountId, String name, String vcard, String ifMatch, boolean ifNoneMatch) {
        checkName(name);
        VCards.Card read = VCards.read(vcard);
        // A value Kith cannot take (an email that is none) is left out rather than the card
        // refused: a refused card would stop the phone's sync until someone edits it there.
        PersonDraft phone = Lenient.of(read.draft()).draft();
        return tx.execute(s -> {
            Optional<Card> now = card(accountId, name);
            check(now, ifMatch, ifNoneMatch);
            if (now.isPresent()) {
                long id = person(accountId, name).orElseThrow();
                people.update(accountId, id, merged(people.get(accountId, id).toDraft(), phone, read.hasNote()));
                return new Written(false, card(accountId, name).orElseThrow());
            }
            // Circles are Kith's: a phone's categories name no circle here.
            Person added = people.add(accountId, phone.withCircles(List.of()),
                    accounts.byId(accountId).today(clock));
            if (!name.equals(KITH_NAME + added.id() + ".vcf")) {
                cards.rename(accountId, added.id(), name, read.uid() == null ? name : read.uid());
            }
            return new Written(true, card(accountId, name).orElseThrow());
        });
    }

    /** Moves the person of a card to the trash. */
    public void delete(long accountId, String name, String ifMatch) {
        tx.executeWithoutResult(s -> {
            Optional<Card> now = card(accountId, name);
            if (now.isEmpty()) {
                throw new NotFound("No card " + name);
            }
            check(now, ifMatch, false);
            people.delete(accountId, person(accountId, name).orElseThrow());
        });
    }

    /** What the card holds, from the card; what only Kith knows, from Kith. */
    private static PersonDraft merged(PersonDraft kith, PersonDraft c, boolean hasNote) {
        return new PersonDraft(c.name(), c.emails(), c.phones(), c.company(), c.role(), c.location(), c.linkedinUrl(),
                c.birthday(), kith.howWeMet(), kith.topics(), kith.why(), hasNote ? c.notes() : kith.notes(),
                kith.rhythmDays(), kith.circles(), kith.startedOn(), kith.lookingFor());
    }

    private static void check(Optional<Card> now, String ifMatch, boolean ifNoneMatch) {
        if (ifNoneMatch && now.isPresent()) {
            throw new PreconditionFailed("The card already exists");
        }
        if (ifMatch == null) {
            return;
        }
        if (now.isEmpty()) {
            throw new PreconditionFailed("The card does not exist (any more)");
        }
        boolean any = ifMatch.strip().equals("*");
        boolean matches = List.of(ifMatch.split(",")).stream().map(String::strip).anyMatch(now.get().etag()::equals);
        if (!any && !matches) {
            throw new PreconditionFailed("The card changed since it was read: its ETag is now " + now.get().etag());
        }
    }

    private static void checkName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new Invalid("name", "A card's name may hold letters, digits and @._~+=- only, up to 200 characters");
        }
    }

    /** The person a card's name is of, when they exist and are not in the trash. */
    private Optional<Long> person(long accountId, String name) {
        return resolve(accountId, List.of(name)).keySet().stream().findFirst()
                .filter(id -> !people.get(accountId, List.of(id)).isEmpty());
    }

    /** Names to the people they are of (existing or not), by person id, keeping the names' order. */
    private Map<Long, String> resolve(long accountId, Collection<String> names) {
        Map<Long, CardRepository.Named> named = cards.named(accountId);
        Map<String, Long> byName = new java.util.HashMap<>();
        named.values().forEach(n -> byName.put(n.name(), n.personId()));
        Map<Long, String> ids = new LinkedHashMap<>();
        for (String name : names) {
            Long id = byName.get(name);
            Matcher kith = KITH.matcher(name);
            if (id == null && kith.matches() && !named.containsKey(Long.parseLong(kith.group(1)))) {
                id = Long.parseLong(kith.group(1));
            }
            if (id != null) {
                ids.put(id, name);
            }
        }
        return ids;
    }

    private List<Card> cards(long accountId, List<Long> ids) {
        return ids.isEmpty() ? List.of() : cards(accountId, people.get(accountId, ids), cards.named(accountId, ids));
    }

    private static List<Card> cards(long accountId, List<Person> who, Map<Long, CardRepository.Named> named) {
        List<Card> out = new ArrayList<>(who.size());
        for (Person p : who) {
            CardRepository.Named n = named.get(p.id());
            String text = VCards.write(p, n == null ? KITH_NAME + p.id() : n.uid());
            out.add(new Card(nameOf(p.id(), named), etag(text), text));
        }
        return out;
    }

    private static String nameOf(long personId, Map<Long, CardRepository.Named> named) {
        CardRepository.Named n = named.get(personId);
        return n == null ? KITH_NAME + personId + ".vcf" : n.name();
    }

    private static long revisionOf(String token, long now) {
        if (token == null || !token.startsWith(TOKEN)) {
            throw new InvalidSyncToken(String.valueOf(token));
        }
        try {
            long revision = Long.parseLong(token.substring(TOKEN.length()));
            if (revision < 0 || revision > now) {
                throw new InvalidSyncToken(token);
            }
            return revision;
        } catch (NumberFormatException e) {
            throw new InvalidSyncToken(token);
        }
    }

    private static String etag(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

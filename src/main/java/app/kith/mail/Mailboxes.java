package app.kith.mail;

import app.kith.SecretKey;
import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.mail.MailboxRepository.Cursor;
import app.kith.mail.MailboxRepository.Row;
import app.kith.person.Clocks;
import app.kith.person.Identities;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.Touchpoints;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Touchpoints from your mail: a connected IMAP mailbox read on a schedule, or an mbox file. Only
 * headers are read (From, To, Cc, Date, Message-ID, and the ones that say "mailing"); subjects and
 * bodies are never read nor stored. See {@link Ingest} for the rule, {@link ImapReader} for the
 * cursor, {@link SecretKey} for the password.
 */
public class Mailboxes {

    /**
     * A correspondent is suggested as a new person after this many messages, at least one each
     * way: a conversation, not a sender who writes to everyone.
     */
    public static final int SUGGEST_AFTER = 3;
    /** A run that went silent this long (its node died) no longer holds the mailbox. */
    static final Duration LEASE = Duration.ofMinutes(15);

    private final JdbcClient sql;
    private final TransactionOperations tx;
    private final Clock clock;
    private final Accounts accounts;
    private final Identities identities;
    private final People people;
    private final SecretKey key;
    private final MailboxRepository repo;
    private final Ingest ingest;
    private final ImapReader reader;

    public Mailboxes(JdbcClient sql, TransactionOperations tx, Clock clock, Accounts accounts, Identities identities,
                     People people, Touchpoints touchpoints, Clocks clocks, SecretKey key) {
        this(sql, tx, clock, accounts, identities, people, touchpoints, clocks, key, store -> { });
    }

    Mailboxes(JdbcClient sql, TransactionOperations tx, Clock clock, Accounts accounts, Identities identities,
              People people, Touchpoints touchpoints, Clocks clocks, SecretKey key, Consumer<Store> afterBatch) {
        this.sql = sql;
        this.tx = tx;
        this.clock = clock;
        this.accounts = accounts;
        this.identities = identities;
        this.people = people;
        this.key = key;
        this.repo = new MailboxRepository(sql);
        this.ingest = new Ingest(sql, touchpoints, clocks);
        this.reader = new ImapReader(afterBatch);
    }

    /**
     * Signs in to the mailbox to check the settings (a refusal names the setting at fault and
     * says what the server said), then stores them, the password sealed. Replaces a mailbox
     * connected before; where folders were read up to is kept only for the same host and user.
     */
    public MailboxStatus connect(long accountId, MailboxSettings s) {
        String host = required("host", s.host()).toLowerCase(Locale.ROOT);
        boolean tls = s.tls() == null || s.tls();
        int port = s.port() == null ? (tls ? 993 : 143) : s.port();
        if (port < 1 || port > 65_535) {
            throw new Invalid("port", "port must be between 1 and 65535, not " + port);
        }
        String user = required("user", s.user());
        if (s.password() == null || s.password().isEmpty()) {
            throw new Invalid("password", "password is required: an app password made for Kith");
        }
        try (Store store = ImapReader.connect(host, port, tls, user, s.password())) {
            store.getFolder("INBOX").exists();
        } catch (MessagingException e) {
            throw Failures.refusal(e, host, port, tls);
        }
        String seal = key.seal(s.password());
        tx.executeWithoutResult(t -> {
            Optional<Row> was = repo.find(accountId);
            if (was.isPresent() && !(was.get().host().equals(host) && was.get().user().equals(user))) {
                repo.delete(accountId);
            }
            repo.save(accountId, host, port, tls, user, seal, clock.millis());
        });
        return status(accountId).orElseThrow();
    }

    public Optional<MailboxStatus> status(long accountId) {
        return repo.find(accountId).map(r -> new MailboxStatus(r.host(), r.port(), r.tls(), r.user(),
                Instant.ofEpochMilli(r.connectedAt()), r.lastRunAt() == null ? null : Instant.ofEpochMilli(r.lastRunAt()),
                r.lastRead(), r.lastAdded(), r.lastError(),
                r.lastErrorAt() == null ? null : Instant.ofEpochMilli(r.lastErrorAt()), repo.ignored(accountId)));
    }

    /** Forgets the mailbox and its password; the touchpoints it gave, the ignore list and the keys stay. */
    public boolean disconnect(long accountId) {
        return Boolean.TRUE.equals(tx.execute(t -> repo.delete(accountId)));
    }

    /**
     * Reads what is new in the mailbox now. NotFound when none is connected, a Conflict while
     * another run reads it; a failure is recorded on the mailbox (see {@link #status}) and thrown
     * as {@link MailboxFailed}, what was read before it kept.
     */
    public SyncResult sync(long accountId) {
        Row row = repo.find(accountId).orElseThrow(() -> new NotFound("No mailbox is connected"));
        String claim = UUID.randomUUID().toString();
        long now = clock.millis();
        if (!Boolean.TRUE.equals(tx.execute(t -> repo.claim(accountId, claim, now, now - LEASE.toMillis())))) {
            throw new Conflict("mailbox", "This mailbox is being read right now; try again in a minute");
        }
        Ingest.Tally[] total = {Ingest.Tally.none()};
        try {
            String password = key.open(row.seal(), "password", "mailbox password",
                    "Connect the mailbox again to store its password anew.");
            Ingest.Scope scope = scope(accountId, List.of(row.user()));
            try (Store store = ImapReader.connect(row.host(), row.port(), row.tls(), row.user(), password)) {
                reader.read(store, folder -> repo.cursor(accountId, folder), (folder, cursor, envelopes) -> {
                    Ingest.Tally t = tx.execute(s -> batch(scope, claim, folder, cursor, envelopes));
                    total[0] = total[0].plus(t);
                }, zone(accountId));
            }
            tx.executeWithoutResult(t -> repo.finished(accountId, claim, clock.millis(), total[0].read(),
                    total[0].touchpoints()));
            return SyncResult.of(total[0]);
        } catch (MessagingException | RuntimeException e) {
            String words = e instanceof Conflict ? e.getMessage() : Failures.words(e);
            tx.executeWithoutResult(t -> repo.failed(accountId, claim, clock.millis(), total[0].read(),
                    total[0].touchpoints(), words));
            if (e instanceof RuntimeException r && !(e instanceof UncheckedIOException)) {
                // Another run holding the mailbox is a Conflict; anything else (a lost key too) is a failure to read.
                throw r instanceof Conflict c && c.field().equals("mailbox") ? r : new MailboxFailed(words, e);
            }
            throw new MailboxFailed(words, e);
        }
    }

    private Ingest.Tally batch(Ingest.Scope scope, String claim, String folder, Cursor cursor, List<Envelope> envelopes) {
        if (sql.sql("UPDATE mailbox SET claimed_at = :now WHERE account_id = :account AND claim = :claim")
                .param("now", clock.millis()).param("account", scope.accountId()).param("claim", claim).update() != 1) {
            throw new Conflict("mailbox", "Another run took this mailbox over; this one stopped");
        }
        envelopes.stream().filter(Envelope::sent).forEach(e -> e.from().forEach(a -> scope.me().add(a.email())));
        Ingest.Tally t = ingest.apply(scope, envelopes);
        repo.saveCursor(scope.accountId(), folder, cursor);
        return t;
    }

    /** Every connected mailbox, one after the other (the schedule); a failure is recorded and the next one read. */
    public int syncAll() {
        int done = 0;
        for (long accountId : repo.connected()) {
            try {
                sync(accountId);
                done++;
            } catch (MailboxFailed | Conflict | NotFound e) {
                // recorded on the mailbox (a Conflict: another node is on it)
            }
        }
        return done;
    }

    /**
     * An mbox file's messages as touchpoints, by the same rule and keys as the mailbox, written a
     * batch at a time (or, {@code dryRun}, counted and taken back). {@code me}: your addresses,
     * besides the account's.
     */
    public MboxResult importMbox(long accountId, InputStream in, List<String> me, boolean dryRun) {
        List<String> mine = new ArrayList<>();
        for (String m : me) {
            String a = Ignored.pattern(m);
            if (a == null || a.startsWith("@")) {
                throw new Invalid("--me", "--me must be an email address, not \"" + m + "\"");
            }
            mine.add(a);
        }
        Ingest.Scope scope = scope(accountId, mine);
        Ingest.Tally[] total = {Ingest.Tally.none()};
        List<Envelope> pending = new ArrayList<>();
        Runnable flush = () -> {
            List<Envelope> batch = List.copyOf(pending);
            pending.clear();
            total[0] = total[0].plus(ingest.apply(scope, batch));
        };
        Runnable read = () -> {
            try {
                MboxReader.read(in, zone(accountId), e -> {
                    pending.add(e);
                    if (pending.size() == ImapReader.BATCH) {
                        if (dryRun) {
                            flush.run();
                        } else {
                            tx.executeWithoutResult(t -> flush.run());
                        }
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (dryRun) {
                flush.run();
            } else {
                tx.executeWithoutResult(t -> flush.run());
            }
        };
        if (dryRun) {
            tx.executeWithoutResult(t -> {
                read.run();
                t.setRollbackOnly();
            });
        } else {
            read.run();
        }
        return new MboxResult(!dryRun, total[0].read(), total[0].fresh(), total[0].touchpoints(),
                total[0].people().size());
    }

    /** Adds an address (ada@example.com) or a domain (@example.com) to the ignore list; returns it as stored. */
    public String ignore(long accountId, String typed) {
        String pattern = Ignored.pattern(typed);
        if (pattern == null) {
            throw new Invalid("address", "Say an email address (ada@example.com) or a domain (@example.com), not \""
                    + typed + "\"");
        }
        tx.executeWithoutResult(t -> {
            repo.ignore(accountId, pattern);
            if (!pattern.startsWith("@")) {
                repo.forget(accountId, pattern);
            }
        });
        return pattern;
    }

    public boolean unignore(long accountId, String typed) {
        String pattern = Ignored.pattern(typed);
        return pattern != null && Boolean.TRUE.equals(tx.execute(t -> repo.unignore(accountId, pattern)));
    }

    public List<String> ignored(long accountId) {
        return repo.ignored(accountId);
    }

    /** Correspondents you exchange mail with who are not people yet (nor ignored), most frequent first. */
    public List<Suggestion> suggestions(long accountId) {
        Map<String, Long> known = identities.identityIndex(accountId);
        Ignored ignored = Ignored.of(repo.ignored(accountId));
        return repo.frequent(accountId, SUGGEST_AFTER).stream()
                .filter(s -> !known.containsKey("email:" + s.address()) && !ignored.covers(s.address())).toList();
    }

    /** A suggestion becomes a person, named as their mail names them (else by their address). */
    public Person addPerson(long accountId, String address) {
        String a = Ignored.pattern(address);
        Suggestion s = a == null ? null : repo.correspondent(accountId, a).orElse(null);
        if (s == null) {
            throw new NotFound("No suggestion " + address);
        }
        Account account = accounts.byId(accountId);
        String name = s.name() == null || s.name().isBlank() ? s.address() : s.name();
        PersonDraft draft = new PersonDraft(name, List.of(s.address()), null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        return tx.execute(t -> {
            Person p = people.add(accountId, draft, account.today(clock));
            repo.forget(accountId, s.address());
            return p;
        });
    }

    private Ingest.Scope scope(long accountId, List<String> mine) {
        Account account = accounts.byId(accountId);
        Set<String> me = new HashSet<>();
        if (account.email() != null) {
            me.add(account.email().toLowerCase(Locale.ROOT));
        }
        mine.stream().filter(m -> m.contains("@")).forEach(m -> me.add(m.strip().toLowerCase(Locale.ROOT)));
        return new Ingest.Scope(accountId, me, Ignored.of(repo.ignored(accountId)), identities.identityIndex(accountId),
                account.today(clock));
    }

    private java.time.ZoneId zone(long accountId) {
        return accounts.byId(accountId).settings().timeZone();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new Invalid(field, field + " is required");
        }
        return value.strip();
    }
}

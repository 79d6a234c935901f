package app.kith.digest;

import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.message.Messages;
import app.kith.person.People;
import app.kith.planner.Planner;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning email: each account that turned it on gets Today's plan at the hour it chose, in its
 * own time zone, once a day.
 *
 * <p>Once, even with several server nodes and restarts: {@link #sendDue} claims the day's row
 * before it sends (one node wins the claim), and marks it "sending" only once connected to the
 * mail server. A node that stopped before that point leaves a claim that another takes over after
 * {@code lease}; a node that stopped while handing the message over leaves "sending", which is never
 * sent again, since the message may have arrived: at most once, rather than twice. A mail server
 * that fails is tried again after 1, 5, 15, then every 60 minutes, only while the day lasts: a day
 * missed while Kith was down goes out when it is back that day, and never later.
 */
public class Digests {

    private static final Logger LOG = LoggerFactory.getLogger(Digests.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final DigestRepository repo;
    private final Clock clock;
    private final Accounts accounts;
    private final People people;
    private final Touchpoints touchpoints;
    private final Asks asks;
    private final Composer composer;
    private final MailSettings mail;
    private final Mailer mailer;
    private final String baseUrl;
    private final Duration lease;
    private volatile Consumer<Boolean> delivered = sent -> { };
    private Links links;

    /**
     * {@code baseUrl}: where the web app is reached from a mail client ({@code kith.base-url});
     * {@code lease}: how long a claim stands before another node may send in its place (longer than
     * connecting to the mail server may take).
     */
    public Digests(JdbcClient jdbc, Clock clock, Accounts accounts, Planner planner, People people,
                   Touchpoints touchpoints, Messages messages, Asks asks, MailSettings mail, String baseUrl,
                   Duration lease) {
        this.repo = new DigestRepository(jdbc);
        this.clock = clock;
        this.accounts = accounts;
        this.people = people;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.composer = new Composer(planner, people, touchpoints, messages);
        this.mail = mail;
        this.mailer = new Mailer(mail);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.lease = lease;
    }

    public DigestSettings settings(long accountId) {
        return repo.settings(accountId);
    }

    /** Turning it on needs a mail server and the account's address; the hour is 0 to 23. */
    public DigestSettings change(long accountId, boolean enabled, int hour) {
        if (hour < 0 || hour > 23) {
            throw new Invalid("hour", "hour must be between 0 and 23, not " + hour);
        }
        if (enabled && !mail.configured()) {
            throw new Invalid("enabled", "Kith has no mail server yet: set kith.mail.host (see the README)");
        }
        if (enabled && accounts.byId(accountId).email() == null) {
            throw new Invalid("enabled", "this account has no email address to send to");
        }
        DigestSettings settings = new DigestSettings(enabled, hour);
        repo.save(accountId, settings);
        return settings;
    }

    public DigestStatus status(Account account) {
        LocalDate today = account.today(clock);
        DigestStatus.Failure failure = repo.lastFailure(account.id()).map(f -> new DigestStatus.Failure(f.day(),
                f.failedAt(), f.error(), f.attempts(), f.day().isBefore(today) ? null : f.nextTryAt())).orElse(null);
        return new DigestStatus(repo.settings(account.id()), mail.configured(), account.email(),
                repo.lastSent(account.id()).orElse(null), failure);
    }

    /** The content of the day's email, for a preview. */
    public DigestView view(Account account, LocalDate day) {
        return composer.view(account, day, baseUrl, links(), clock.instant());
    }

    /** The day's email as it would be sent now. */
    public DigestMail compose(Account account, LocalDate day) {
        DigestView view = view(account, day);
        StringOutput html = new StringOutput();
        TEMPLATES.render("digest/email.jte", view, html);
        String to = account.email() == null ? "" : account.email();
        // The List-Unsubscribe header's link takes a mail provider's one-click POST (RFC 8058).
        String oneClick = view.unsubscribeUrl().replace("/digest/unsubscribe?", "/digest/unsubscribe/one-click?");
        return new DigestMail(to, day, view.title(), TextPart.of(view), html.toString(), oneClick,
                "<digest-" + account.id() + "-" + day + "@kith>");
    }

    /**
     * Today's email, sent now to the account's address whatever the settings, and not counted as
     * the day's: {@link MailRefused}, with the error in words, when the mail server refused.
     */
    public void sendTest(Account account) {
        if (account.email() == null) {
            throw new Invalid("test", "this account has no email address to send to");
        }
        DigestMail daily = compose(account, account.today(clock));
        DigestMail mail = new DigestMail(daily.to(), daily.day(), "Test: " + daily.subject(), daily.text(),
                daily.html(), daily.unsubscribeUrl(), "<digest-test-" + UUID.randomUUID() + "@kith>");
        Transport transport = null;
        try {
            transport = mailer.connect();
            mailer.send(transport, mail);
        } catch (MessagingException e) {
            throw new MailRefused("test", "The mail server did not take it: " + Mailer.inWords(e));
        } finally {
            close(transport);
        }
    }

    /** Who hears of each morning email sent ({@code true}) or refused by the mail server (the server's metrics). */
    public void onSend(Consumer<Boolean> delivered) {
        this.delivered = delivered;
    }

    /** Sends every email whose hour has come today and that has not gone out; how many were sent. */
    public int sendDue() {
        Instant now = clock.instant();
        int sent = 0;
        for (DigestRepository.Recipient r : repo.recipients()) {
            ZonedDateTime local = now.atZone(r.zone());
            if (local.getHour() < r.hour()) {
                continue;
            }
            LocalDate day = local.toLocalDate();
            String claim = UUID.randomUUID().toString();
            if (repo.claim(r.accountId(), day, claim, now, now.minus(lease)) && deliver(r.accountId(), day, claim)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean deliver(long accountId, LocalDate day, String claim) {
        Transport transport = null;
        try {
            DigestMail digest = compose(accounts.byId(accountId), day);
            transport = mailer.connect();
            if (!repo.sending(accountId, day, claim)) {
                return false; // taken over meanwhile: the other node sends it
            }
            mailer.send(transport, digest);
            repo.sent(accountId, day, claim, clock.instant());
            LOG.info("Sent the morning email of account {} for {}", accountId, day);
            delivered.accept(true);
            return true;
        } catch (MessagingException | RuntimeException e) {
            Instant now = clock.instant();
            int attempts = repo.attempts(accountId, day) + 1;
            Instant next = now.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
            repo.failed(accountId, day, claim, Mailer.inWords(e), now, next);
            // The mail server's words can name the recipient ("550 <ada@…>: no such user"): not in the log.
            LOG.warn("The morning email of account {} for {} failed (try {}), next at {}: {}", accountId, day,
                    attempts, next, Mailer.inWords(e).replaceAll("\\S+@\\S+", "[address]"));
            delivered.accept(false);
            return false;
        } finally {
            close(transport);
        }
    }

    /** What a link from the email is, with the person's name; changes nothing. */
    public LinkCheck check(String token) {
        LinkCheck link = links().check(token, clock.instant());
        if (!link.valid()) {
            return link;
        }
        try {
            if (accounts.byId(link.accountId()).disabled()) {
                return LinkCheck.refused(LinkCheck.State.INVALID);
            }
            String name = link.action().equals("done") ? people.get(link.accountId(), link.personId()).name() : null;
            return new LinkCheck(link.state(), link.action(), link.accountId(), link.personId(), link.askId(), name,
                    link.expires());
        } catch (RuntimeException e) {
            return LinkCheck.refused(LinkCheck.State.INVALID); // the person or the account is gone
        }
    }

    /**
     * Does what a valid link says, once confirmed: "done" logs that you were in touch today (or
     * followed up on the ask), unless that is already logged today; "unsubscribe" turns the email
     * off. An expired or tampered link changes nothing.
     */
    public LinkCheck confirm(String token) {
        LinkCheck link = check(token);
        if (!link.valid()) {
            return link;
        }
        if (link.action().equals("unsubscribe")) {
            DigestSettings now = repo.settings(link.accountId());
            repo.save(link.accountId(), new DigestSettings(false, now.hour()));
            return link;
        }
        Account account = accounts.byId(link.accountId());
        LocalDate today = account.today(clock);
        if (link.askId() != null) {
            asks.followUp(account, link.askId(), today, null, null, today);
            return link;
        }
        List<Touchpoint> last = touchpoints.ofPerson(account.id(), link.personId(), 1, 0);
        if (last.isEmpty() || !last.get(0).on().equals(today)) {
            touchpoints.log(account.id(), new NewTouchpoint(link.personId(), today, null, "out", null), today);
        }
        return link;
    }

    private synchronized Links links() {
        if (links == null) {
            links = new Links(repo.linkKey());
        }
        return links;
    }

    private static void close(Transport transport) {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the message went out, or failed, already
            }
        }
    }
}

package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.kith.account.Account;
import app.kith.account.Accounts;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.message.Messages;
import app.kith.message.NewTemplate;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Ids are shared by all accounts, counts are not: everything an account sees (its lists and their
 * totals, Today's backlog, the stats of its asks, what an import would update, its pages) reads
 * the same whether another account on the server has nothing or a whole network.
 */
@ServerTest
class CountsIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    Asks asks;

    @Autowired
    Introductions introductions;

    @Autowired
    Messages messages;

    @Autowired
    Clock clock;

    @Test
    void nothingAnAccountSeesChangesWhenAnotherAccountsNetworkGrows() {
        WebSession bWeb = WebSession.signUp(port, accounts);
        Api b = Api.anonymous(port).withToken(accounts.newToken(bWeb.accountId(), "b").secret());
        LocalDate today = accounts.byId(bWeb.accountId()).today(clock);
        long bea = network(bWeb.accountId(), "Bea", 2, today);
        long circle = b.get("/api/v1/circles").json().get(0).get("id").asLong();
        b.get("/api/v1/people");
        await().atMost(Duration.ofSeconds(10)).until(() -> accounts.tokens(bWeb.accountId()).get(0).lastUsedAt() != null);
        List<String> paths = List.of("/api/v1/people", "/api/v1/people?q=a&limit=5", "/api/v1/today?more=50",
                "/api/v1/asks", "/api/v1/asks/stats", "/api/v1/introductions", "/api/v1/circles",
                "/api/v1/circles/" + circle, "/api/v1/settings", "/api/v1/message-templates", "/api/v1/tokens",
                "/api/v1/people/" + bea + "/reciprocity", "/api/v1/people/" + bea + "/introduction-suggestions",
                "/api/v1/people/" + bea + "/touchpoints", "/api/v1/exports/csv", "/api/v1/exports/vcard",
                "/web/today", "/web/people", "/web/people?q=a", "/web/people?page=9", "/web/circles",
                "/web/circles/" + circle, "/web/asks", "/web/introductions", "/web/people/duplicates",
                "/web/people/" + bea, "/web/settings");
        String anImport = "Name,Email\nZelda Unseen,zelda@example.com\nBea 1,bea1@example.com\n";
        Map<String, String> before = seen(b, bWeb, paths);
        String previewBefore = b.send("POST", "/api/v1/imports/csv/preview", anImport, "text/csv").body();

        long a = accounts.create("a-" + UUID.randomUUID() + "@example.com", "a-long-enough-password")
                .account().id();
        network(a, "Zelda", 40, today);
        people.add(a, new PersonDraft("Zelda Unseen", List.of("zelda@example.com", "bea1@example.com"), List.of(), null,
                null, null, null, null, null, List.of(), null, null, 30, List.of("Monthly"), today.minusDays(90)), today);
        messages.add(a, new NewTemplate("check-in", "Theirs", "Hi {first name}"));
        accounts.newToken(a, "theirs");

        Map<String, String> after = seen(b, bWeb, paths);
        for (String path : paths) {
            assertThat(after.get(path)).as(path).isEqualTo(before.get(path));
        }
        assertThat(b.send("POST", "/api/v1/imports/csv/preview", anImport, "text/csv").body())
                .as("what an import would create or update").isEqualTo(previewBefore).contains("\"created\":1");
    }

    /**
     * {@code size} people called NAME 1…n in the account's Monthly circle, all overdue, with
     * touchpoints, two sharing an email (likely duplicates), an ask and an introduction; returns
     * the first one's id.
     */
    private long network(long accountId, String name, int size, LocalDate today) {
        Account account = accounts.byId(accountId);
        long first = 0;
        Person previous = null;
        for (int i = 1; i <= size; i++) {
            String email = name.toLowerCase() + (i == size ? 1 : i) + "@example.com";
            Person p = people.add(accountId, new PersonDraft(name + " " + i, List.of(email), List.of(), "Acme", null, null,
                    null, null, null, List.of("data"), null, null, null, List.of("Monthly"), today.minusDays(60)), today);
            touchpoints.log(accountId, new NewTouchpoint(p.id(), today.minusDays(40), "email", "in", null), today);
            if (previous != null && i == 2) {
                asks.ask(account, new NewAsk(previous.id(), "an intro", today.minusDays(10), null), today);
                introductions.propose(accountId, new NewIntroduction(previous.id(), p.id(), "both data", today), today);
            }
            first = first == 0 ? p.id() : first;
            previous = p;
        }
        return first;
    }

    /** What the account sees at each path (/web/… through its signed-in session), with what changes on every request left out. */
    private static Map<String, String> seen(Api api, WebSession web, List<String> paths) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String path : paths) {
            String body;
            int status;
            if (path.startsWith("/web/")) {
                WebSession.Page page = web.get(path.substring(4));
                status = page.status();
                body = page.body().replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "")
                        .replaceAll("\"X-CSRF-TOKEN\": \"[^\"]+\"", "");
            } else {
                Api.Reply reply = api.get(path);
                status = reply.status();
                body = reply.body();
            }
            seen.put(path, status + " " + body);
        }
        return seen;
    }
}

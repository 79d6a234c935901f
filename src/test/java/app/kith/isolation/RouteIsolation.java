package app.kith.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.AppPasswords;
import app.kith.account.Accounts;
import app.kith.agenda.Calendars;
import app.kith.digest.Digests;
import app.kith.dupes.Duplicates;
import app.kith.feed.CalendarFeed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the server, called as account B with account A's ids, A's dead links and links
 * forged from B's own toward A: each is refused (403 or 404) where the path names something of A's,
 * never shows anything of A's anywhere, and A's rows are the same afterwards. The routes come from
 * the application itself (Spring MVC's handler methods, the CardDAV servlet's Allow header), so a new
 * route is called without anyone adding it; a route whose path holds something this test cannot fill
 * fails with what to add to {@link Routes}.
 */
abstract class RouteIsolation {


    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DataSource data;

    @Autowired
    Accounts accounts;

    @Autowired
    AppPasswords appPasswords;

    @Autowired
    Calendars calendars;

    @Autowired
    CalendarFeed feed;

    @Autowired
    Digests digests;

    @Autowired
    Duplicates duplicates;

    @Test
    void accountBReachesNothingOfAccountAOnAnyRoute() {
        Owner a = Owner.make(port, accounts, appPasswords, calendars, feed, duplicates);
        Intruder b = Intruder.make(port, accounts, appPasswords, digests);
        Map<String, List<String>> before = Fingerprint.of(data, a.accountId());
        assertThat(before.values().stream().mapToInt(List::size).sum()).as("A has data to protect").isGreaterThan(20);

        Routes routes = new Routes(a, b);
        List<Routes.Call> calls = routes.calls(mappings.getHandlerMethods());
        Map<String, Routes.Call> ofNothing = new HashMap<>();
        routes.ofNothing().calls(mappings.getHandlerMethods()).forEach(c -> ofNothing.put(c.method() + " " + c.pattern(), c));
        List<String> problems = new ArrayList<>();
        List<String> sameAsNothing = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (Routes.Call call : calls) {
            Reply reply = b.send(call);
            covered.add(call.method() + " " + call.pattern());
            problems.addAll(call.problems(reply, () -> b.send(ofNothing.get(call.method() + " " + call.pattern())),
                    a.markers(), sameAsNothing));
        }
        System.out.println("Routes answering A's ids exactly as ids of nobody's (no refusal, nothing told):\n  "
                + String.join("\n  ", sameAsNothing));
        problems.addAll(new DavRoutes(port, a, b).problems());

        assertThat(problems).as("refusals that leaked or changed A (%d calls)", calls.size()).isEmpty();
        assertThat(covered).as("routes called").hasSizeGreaterThan(150);
        assertThat(Fingerprint.of(data, a.accountId())).as("A's rows after B's calls").isEqualTo(before);
    }

    /** A new route whose path variable has no value here fails the test with what to add, not silently. */
    @Test
    void aPathVariableTheTestCannotFillIsNamed() {
        Owner a = Owner.make(port, accounts, appPasswords, calendars, feed, duplicates);
        Intruder b = Intruder.make(port, accounts, appPasswords, digests);
        Routes routes = new Routes(a, b);

        assertThat(routes.fill("/api/v1/people/{id}/gadgets/{gadgetId}"))
                .isEqualTo(new Routes.Unfillable("{gadgetId}",
                        "add what A's value of {gadgetId} is to Routes.NAMED (or its segment 'gadgets' to Routes.AFTER)"));
        assertThat(routes.fill("/api/v1/people/{id}")).isInstanceOf(Routes.Filled.class);
    }

    record Reply(int status, String location, String body) {
    }
}

package app.kith.web.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServerTest
class PeoplePageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Circles circles;

    @Autowired
    Clock clock;

    private LocalDate today(WebSession session) {
        return accounts.byId(session.accountId()).today(clock);
    }

    private void add(WebSession session, PersonDraft draft) {
        people.add(session.accountId(), draft, today(session));
    }

    /** Someone of {@code why} on a rhythm, never touched, whose clock started some days ago. */
    private void add(WebSession session, String name, String company, String why, Integer rhythm, int startedDaysAgo,
                     String... inCircles) {
        add(session, new PersonDraft(name, null, null, company, null, null, null, null, null, null, why, null, rhythm,
                List.of(inCircles), today(session).minusDays(startedDaysAgo)));
    }

    /** The names in a page's table, top to bottom. */
    private static List<String> names(String html) {
        List<String> found = new ArrayList<>();
        var rows = java.util.regex.Pattern.compile("<a class=\"person-name\" href=\"/people/\\d+\">(.*?)</a>")
                .matcher(html);
        while (rows.find()) {
            found.add(rows.group(1).replaceAll("</?mark>", ""));
        }
        return found;
    }

    @Test
    void thePageListsEveryoneWithASearchFieldThatSlashFocuses() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "Ada Lovelace", "Analytical Engines", "both", null, 0, "Monthly");
        add(ada, "Grace Hopper", null, null, null, 0);

        WebSession.Page page = ada.get("/people");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.isFullPage()).isTrue();
        assertThat(names(page.body())).containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(page.body()).contains("<label for=\"q\">Search</label>", "type=\"search\"", "data-search",
                "hx-get=\"/people\"", "hx-trigger=\"input changed delay:250ms, search\"", "hx-target=\"#results\"",
                "hx-push-url=\"true\"", "href=\"/people/new\"", "<a href=\"/people\" aria-current=\"page\">",
                "Analytical Engines", "monthly", "2 people");
    }

    @Test
    void anHtmxRequestGetsTheResultsOnlyWithTheAddressToKeep() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, PersonDraft.named("Ada Lovelace"));

        WebSession.Page fragment = ada.htmx("/people?q=ada&circle=&why=&sort=");

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.headers().firstValue("HX-Push-Url")).contains("/people?q=ada");
        assertThat(fragment.isFullPage()).isFalse();
        assertThat(fragment.body()).doesNotContain("<html", "class=\"filters\"", "<nav aria-label=\"Main\"");
        assertThat(names(fragment.body())).containsExactly("Ada Lovelace");
        assertThat(fragment.body()).contains("1 person");

        WebSession.Page reloaded = ada.get("/people?q=ada");
        assertThat(reloaded.isFullPage()).isTrue();
        assertThat(reloaded.body()).contains("value=\"ada\"");
    }

    @Test
    void theBackButtonRestoringThePageFromTheServerGetsTheWholePage() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, PersonDraft.named("Ada Lovelace"));

        WebSession.Page restored = ada.get("/people?q=ada", Map.of("HX-Request", "true", "HX-History-Restore-Request", "true"));

        assertThat(restored.isFullPage()).isTrue();
        assertThat(restored.body()).contains("value=\"ada\"", "Ada Lovelace");
    }

    @Test
    void theSearchFindsNameCompanyEmailAndTopic() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "Ada Lovelace", "Analytical Engines", null, null, 0);
        add(ada, new PersonDraft("Grace Hopper", List.of("grace@navy.example"), null, null, null, null, null, null, null,
                List.of("compilers"), null, null, null, null, null));

        assertThat(names(ada.htmx("/people?q=ENGINES").body())).containsExactly("Ada Lovelace");
        assertThat(names(ada.htmx("/people?q=navy.example").body())).containsExactly("Grace Hopper");
        assertThat(names(ada.htmx("/people?q=compil").body())).containsExactly("Grace Hopper");
    }

    @Test
    void theSearchFindsWhoKnowsBestMatchFirstUnlessAnotherOrderIsChosen() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, new PersonDraft("Zoe Note", null, null, null, "Chef", null, null, null, null, null, null,
                "Her sister teaches accounting.", 30, List.of(), today(ada).minusDays(40)));
        add(ada, new PersonDraft("Ines Duarte", null, null, null, "Professor of accounting", null, null, null, null, null,
                null, null, null, List.of(), null));

        String found = ada.htmx("/people?q=accountant&sort=").body();

        // Zoe is due (she would come first by due date); the professor's role outranks a note.
        assertThat(names(found)).containsExactly("Ines Duarte", "Zoe Note");
        assertThat(found).contains("<small class=\"work\">Professor of <mark>accounting</mark></small>",
                "<span class=\"label\">notes:</span> <mark>accounting</mark></small>");
        assertThat(names(ada.htmx("/people?q=accountant&sort=due").body())).containsExactly("Zoe Note", "Ines Duarte");
        assertThat(ada.get("/people?q=accountant").body()).contains("<option value=\"\" selected>Best match or due</option>");
    }

    @Test
    void aSearchMarksWhatItFoundInTheNameTheWorkOrTheFieldItMatched() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, new PersonDraft("Priya Raman", List.of("priya@raman.example"), null, "Stripe", "Staff Engineer", "Lisbon",
                null, null, null, List.of("hiring", "Machine Learning", "dbt", "airflow"), null, null, null, null, null));

        assertThat(ada.htmx("/people?q=PRIYA").body()).contains("\"><mark>Priya</mark> Raman</a>")
                .doesNotContain("class=\"matched\"");
        assertThat(ada.htmx("/people?q=stripe").body()).contains("<small class=\"work\">Staff Engineer, <mark>Stripe</mark></small>")
                .doesNotContain("class=\"matched\"");
        // The words found are marked whole, as the engine says they matched: "Lisbon" for "lisb".
        assertThat(ada.htmx("/people?q=lisb").body())
                .contains("<small class=\"matched\"><span class=\"label\">location:</span> <mark>Lisbon</mark></small>");
        assertThat(ada.htmx("/people?q=machine%20learning").body())
                .contains("<span class=\"label\">topics:</span> … <mark>Machine Learning</mark> …</small>");
        assertThat(ada.htmx("/people?q=air").body()).as("the topics that hold it, the others as …")
                .contains("<span class=\"label\">topics:</span> … <mark>airflow</mark></small>");
        assertThat(ada.htmx("/people?q=engineers").body()).as("a stemmed match is marked as written")
                .contains("<small class=\"work\">Staff <mark>Engineer</mark>, Stripe</small>");
        assertThat(ada.htmx("/people?q=priya@raman.example").body()).as("the email's words begin words of the name")
                .contains("\"><mark>Priya Raman</mark></a>");
        assertThat(ada.htmx("/people").body()).doesNotContain("<mark>", "class=\"matched\"");
    }

    @Test
    void whatASearchMarksIsEscapedFirst() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, new PersonDraft("Bob <b>Bold</b> & Co", null, null, null, null, null, null, null, null,
                List.of("<i>x</i> & <b>y</b>"), null, null, null, null, null));

        String byName = ada.htmx("/people?q=%3Cb%3EBold").body();
        String byTopic = ada.htmx("/people?q=%3Ci%3Ex").body();

        // The engine reads words ("b", "bold"); each is marked in the text as it is written, escaped.
        assertThat(byName).contains("\">Bob &lt;<mark>b</mark>&gt;<mark>Bold</mark>&lt;/<mark>b</mark>&gt; &amp; Co</a>")
                .doesNotContain("<b>");
        assertThat(byTopic).contains("<span class=\"label\">topic:</span> &lt;<mark>i</mark>&gt;<mark>x</mark>&lt;/<mark>i</mark>&gt; &amp; &lt;b&gt;y&lt;/b&gt;</small>")
                .doesNotContain("<b>", "<i>");
    }

    @Test
    void everyOtherPageHasASearchThatLeadsToPeopleAndSlashFocuses() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "Ada Lovelace", null, null, null, 0);
        long adaId = people.search(ada.accountId(), "Ada", 1, 0).get(0).id();

        String today = ada.get("/today").body();

        assertThat(today).contains("<form method=\"get\" action=\"/people\" role=\"search\"",
                "<label for=\"nav-q\" class=\"visually-hidden\">Search people</label>",
                "<input id=\"nav-q\" name=\"q\" type=\"search\"", "aria-keyshortcuts=\"/\"",
                "aria-label=\"Search people\"");
        assertThat(ada.get("/settings").body()).contains("id=\"nav-q\"");
        assertThat(ada.get("/people/" + adaId).body()).as("a person's page").contains("id=\"nav-q\"");
        assertThat(ada.get("/people").body()).as("People has its own, the one “/” focuses there")
                .doesNotContain("id=\"nav-q\"").contains("id=\"q\" name=\"q\" type=\"search\"");
    }

    @Test
    void theFiltersFoldUnderASummaryThatCountsThoseOn() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "Ada Lovelace", null, "awesome", 30, 40, "Monthly");
        long monthly = circles.list(ada.accountId()).get(0).id();

        assertThat(ada.get("/people").body()).contains("<details class=\"more-filters\" open data-filters>",
                "<summary>Filters<span class=\"filter-count\" data-filter-count></span></summary>");
        assertThat(ada.get("/people?q=ada&sort=name&circle=" + monthly + "&due=1&why=awesome").body())
                .as("the search and the order are not filters").contains("data-filter-count> · 3 on</span>");
    }

    @Test
    void theFiltersAndOrdersApply() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "Overdue connector", null, "connector", null, 40, "Monthly");
        add(ada, "Due later awesome", null, "awesome", null, 0, "Monthly");
        add(ada, "A client", null, "both", 7, 0);
        add(ada, "Zoe untracked", null, null, null, 0);
        long monthly = circles.byName(ada.accountId(), "Monthly").orElseThrow().id();

        assertThat(names(ada.htmx("/people").body()))
                .containsExactly("Overdue connector", "A client", "Due later awesome", "Zoe untracked");
        assertThat(names(ada.htmx("/people?sort=name").body()))
                .containsExactly("A client", "Due later awesome", "Overdue connector", "Zoe untracked");
        assertThat(names(ada.htmx("/people?circle=" + monthly).body())).containsExactly("Overdue connector", "Due later awesome");
        assertThat(names(ada.htmx("/people?due=1").body())).containsExactly("Overdue connector");
        assertThat(names(ada.htmx("/people?why=connector&sort=name").body())).containsExactly("A client", "Overdue connector");
        assertThat(names(ada.htmx("/people?why=both").body())).containsExactly("A client");
        assertThat(names(ada.htmx("/people?why=any&sort=name").body()))
                .containsExactly("A client", "Due later awesome", "Overdue connector");

        String page = ada.get("/people?circle=" + monthly + "&why=awesome&sort=name&due=").body();
        assertThat(page).contains("<option value=\"" + monthly + "\" selected>Monthly</option>",
                "<option value=\"awesome\" selected>Awesome</option>", "<option value=\"name\" selected>Name</option>");
        assertThat(page).doesNotContain("checked");
    }

    @Test
    void beingOverdueIsSaidInWords() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "Late", null, null, 10, 15);
        add(ada, "Untracked", null, null, null, 0);

        assertThat(ada.htmx("/people").body()).contains("5 days overdue", "not tracked", "no rhythm", "never");
    }

    @Test
    void pagesOfFiftyKeepTheFilters() {
        WebSession ada = WebSession.signUp(port, accounts);
        List<PersonDraft> many = IntStream.rangeClosed(1, 55)
                .mapToObj(i -> PersonDraft.named("Person %02d".formatted(i))).toList();
        people.addAll(ada.accountId(), many, today(ada));
        add(ada, PersonDraft.named("Someone else"));

        String first = ada.htmx("/people?q=person&sort=name").body();
        assertThat(names(first)).hasSize(50).startsWith("Person 01").endsWith("Person 50");
        assertThat(first).contains("55 people · page 1 of 2", "Page 1 of 2", "href=\"/people?q=person&amp;sort=name&amp;page=2\"")
                .doesNotContain("rel=\"prev\"");

        String second = ada.htmx("/people?q=person&sort=name&page=2").body();
        assertThat(names(second)).containsExactly("Person 51", "Person 52", "Person 53", "Person 54", "Person 55");
        assertThat(second).contains("href=\"/people?q=person&amp;sort=name\" rel=\"prev\"").doesNotContain("rel=\"next\"");

        assertThat(names(ada.htmx("/people?q=person&sort=name&page=99").body())).startsWith("Person 51");
    }

    @Test
    void withNobodyYetThePageSaysToAddTheFirstPerson() {
        WebSession page = WebSession.signUp(port, accounts);

        String body = page.get("/people").body();

        assertThat(body).contains("Add the first person you want to keep in touch with", "href=\"/people/new\"")
                .doesNotContain("<table");
    }

    @Test
    void whenNobodyMatchesThePageSaysSoAndHowToClearTheFilters() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, PersonDraft.named("Ada Lovelace"));

        String body = ada.htmx("/people?q=zebra&due=1").body();

        assertThat(body).contains("Nobody matches “zebra”, due or overdue", "<a href=\"/people\">clear the filters</a>")
                .doesNotContain("<table");
    }

    @Test
    void anOverlongSearchIsRefusedNextToTheField() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, PersonDraft.named("Ada Lovelace"));

        WebSession.Page page = ada.get("/people?q=" + "x".repeat(People.MAX_QUERY + 1));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"q-error\"", "The search is too long", "aria-invalid=\"true\"");
    }

    @Test
    void namesAndSearchesAreEscaped() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "<script>alert('name')</script>", "<img src=x onerror=alert(1)>", null, null, 0);

        String list = ada.get("/people").body();
        String search = ada.get("/people?q=%3Cscript%3Ealert('query')").body();

        assertThat(list).contains("&lt;script&gt;alert(").doesNotContain("<script>alert", "<img src=x");
        // The engine finds the person by "script" and "alert": both the query and the marked name stay text.
        assertThat(search).contains("value=\"&lt;script", "&lt;<mark>script</mark>&gt;<mark>alert</mark>(")
                .doesNotContain("<script>alert");
    }

    @Test
    void anotherAccountNeverSeesTheFirstAccountsPeople() {
        WebSession ada = WebSession.signUp(port, accounts);
        add(ada, "Zelda Unseen", "Secret Society", null, null, 40, "Monthly");
        long adasMonthly = circles.byName(ada.accountId(), "Monthly").orElseThrow().id();
        WebSession other = WebSession.signUp(port, accounts);
        add(other, PersonDraft.named("Someone of mine"));

        assertThat(names(other.get("/people").body())).containsExactly("Someone of mine");
        assertThat(other.get("/people?q=zelda").body()).doesNotContain("Zelda").contains("Nobody matches");
        assertThat(other.get("/people?circle=" + adasMonthly).body()).doesNotContain("Zelda").contains("Nobody matches");
        assertThat(other.get("/people?circle=" + adasMonthly).body()).doesNotContain(">Monthly<");
    }

    @Test
    void withoutSigningInThePageLeadsToSignIn() {
        WebSession.Page page = WebSession.anonymous(port).get("/people");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }
}

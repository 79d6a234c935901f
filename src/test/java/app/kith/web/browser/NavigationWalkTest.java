package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.SettingsChange;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Finding people from anywhere and moving around on a phone, over the demo network: "/" focuses
 * the nav's search on any page and a search lands on People with what it found marked; at 375 px
 * the top bar and the tab bar each fit one row and the rarer sections sit under "More"; People's
 * filters fold on a phone and stay open on a desktop. Screenshots of People, Today and Settings
 * at both widths, light and dark, under target/screenshots/nav-*.
 */
class NavigationWalkTest extends BrowserTest {

    static final double PHONE = Browser.PHONE_WIDTH;

    @BeforeAll
    static void aNetworkWithSomeoneToFind() {
        long owner = signedInWithDemoNetwork();
        LocalDate today = server.bean(Accounts.class).byId(owner).today(Clock.systemDefaultZone());
        server.bean(People.class).add(owner, new PersonDraft("Priya Quayle", List.of("priya@quayle.example"), null,
                "Northwind", "Staff Engineer", "Lisbon", null, null, null, List.of("hiring", "data engineering", "dbt"),
                "connector", null, 30, List.of("Monthly"), today), today);
        server.bean(Accounts.class).changeSettings(owner, SettingsChange.yourName("Ana Rivera"));
    }

    @AfterEach
    void desktopAndLight() {
        browser.viewport(Browser.DESKTOP_WIDTH);
        browser.colorScheme("light");
    }

    @Test
    void slashFocusesTheSearchOnTodayAndASearchFindsThePersonWithTheirNameMarked() {
        openPage("/today");
        NavScreen nav = new NavScreen(driver);

        nav.pressSlash();

        assertThat(nav.focused().getDomAttribute("id")).isEqualTo("nav-q");
        nav.searchFor("quayle");
        assertThat(path()).isEqualTo("/people");
        PeopleScreen people = new PeopleScreen(driver);
        assertThat(people.names()).containsExactly("Priya Quayle");
        assertThat(people.marked()).containsExactly("Quayle");
        assertThat(people.search().getDomProperty("value")).isEqualTo("quayle");
    }

    @Test
    void aSearchForATopicSaysWhereItMatched() {
        openPage("/settings");
        NavScreen nav = new NavScreen(driver);
        nav.pressSlash();
        // Not "data engineering": it stems to her role (Staff Engineer), which the row shows marked already.
        nav.searchFor("dbt");

        PeopleScreen people = new PeopleScreen(driver);
        assertThat(people.names()).contains("Priya Quayle");
        assertThat(people.matched("Priya Quayle")).isEqualTo("topics: … dbt");
    }

    @Test
    void onAPhoneTheTopBarAndTheTabBarEachFitOneRow() {
        browser.viewport(Browser.PHONE_WIDTH);
        openPage("/today");
        NavScreen nav = new NavScreen(driver);

        List<NavScreen.Box> top = nav.topBar();
        assertThat(top).extracting(NavScreen.Box::text).containsExactly("Kith", "+ Log", "");
        assertOneRowWithin(top);
        List<NavScreen.Box> tabs = nav.sections();
        assertThat(tabs).extracting(NavScreen.Box::text).containsExactly("Today", "People", "Asks", "Intros", "More");
        assertOneRowWithin(tabs);
        double viewportHeight = ((Number) driver.executeScript("return window.innerHeight;")).doubleValue();
        assertThat(tabs.get(0).bottom()).as("a tab bar at the bottom of the window").isCloseTo(viewportHeight,
                org.assertj.core.data.Offset.offset(2.0));

        nav.openMore();
        nav.goTo(nav.more("Insights"));
        assertThat(path()).isEqualTo("/insights");
        nav.openMore();
        nav.goTo(nav.more("Settings"));
        assertThat(path()).isEqualTo("/settings");
    }

    @Test
    void onAPhoneTheSearchButtonOpensTheFieldOverTheTopBar() {
        browser.viewport(Browser.PHONE_WIDTH);
        openPage("/asks");
        NavScreen nav = new NavScreen(driver);
        assertThat(nav.search().isDisplayed()).isFalse();

        nav.searchButton().click();

        assertThat(nav.search().isDisplayed()).isTrue();
        assertThat(nav.focused().getDomAttribute("id")).isEqualTo("nav-q");
        assertThat(nav.search().getRect().getX() + nav.search().getRect().getWidth()).isLessThanOrEqualTo((int) PHONE);
        nav.searchFor("Priya Q");
        assertThat(new PeopleScreen(driver).names()).containsExactly("Priya Quayle");
    }

    @Test
    void onADesktopTheSectionsStayInOneRowAtTheTop() {
        openPage("/today");
        List<NavScreen.Box> sections = new NavScreen(driver).sections();

        assertThat(sections).extracting(NavScreen.Box::text)
                .containsExactly("Today", "People", "Circles", "Who knows", "Asks", "Introductions", "Insights", "Settings",
                        "Sign out");
        assertThat(sections.get(0).top()).isLessThan(100);
        assertThat(sections).extracting(NavScreen.Box::top).allSatisfy(t -> assertThat(t).isCloseTo(sections.get(0).top(),
                org.assertj.core.data.Offset.offset(2.0)));
    }

    @Test
    void peoplesFiltersFoldOnAPhoneAndStayOpenOnADesktop() {
        openPage("/people");
        PeopleScreen people = new PeopleScreen(driver);
        assertThat(people.filtersOpen()).isTrue();
        assertThat(people.filtersSummary().isDisplayed()).isFalse();
        assertThat(people.control("Circle").isDisplayed()).isTrue();

        browser.viewport(Browser.PHONE_WIDTH);
        openPage("/people?why=connector");
        people = new PeopleScreen(driver);
        assertThat(people.filtersOpen()).isFalse();
        assertThat(people.filtersSummary().getText()).isEqualTo("Filters · 1 on");
        people.filtersSummary().click();
        assertThat(people.control("Why they matter").isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneEachPersonIsACardWithNothingToScrollSideways() {
        browser.viewport(Browser.PHONE_WIDTH);
        openPage("/people?q=quayle");
        PeopleScreen people = new PeopleScreen(driver);

        var row = people.row("Priya Quayle");
        assertThat(row.getRect().getX() + row.getRect().getWidth()).isLessThanOrEqualTo((int) PHONE);
        assertThat(row.findElement(By.cssSelector(".avatar")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector(".chip.connector")).isDisplayed()).isTrue();
        assertThat(row.findElement(By.cssSelector(".chip.circle")).getText()).isEqualTo("Monthly");
        row.findElement(By.cssSelector("input[name=ids]")).click();
        assertThat(driver.findElement(By.cssSelector("[data-bulk-count]")).getText()).isEqualTo("1 selected");
    }

    @Test
    void peopleTodayAndSettingsAtBothWidthsLightAndDark() throws IOException {
        assertThat(shootEveryWay("nav-people", "/people")).isEmpty();
        assertThat(shootEveryWay("nav-people-search", "/people?q=engineer")).isEmpty();
        assertThat(shootEveryWay("nav-today", "/today")).isEmpty();
        assertThat(shootEveryWay("nav-settings", "/settings")).isEmpty();
        assertThat(shootState("nav-more-open", true, () -> {
            openPage("/today");
            if (driver.manage().window().getSize().getWidth() > 0
                    && ((Number) driver.executeScript("return window.innerWidth;")).intValue() <= PHONE) {
                new NavScreen(driver).openMore();
            }
        })).isEmpty();
    }

    /** Every box on the same row as the first, and inside the window's width. */
    private static void assertOneRowWithin(List<NavScreen.Box> boxes) {
        NavScreen.Box first = boxes.get(0);
        for (NavScreen.Box box : boxes) {
            assertThat(box.top()).as(box.text() + " starts above the row's bottom").isLessThan(first.bottom());
            assertThat(box.bottom()).as(box.text() + " ends below the row's top").isGreaterThan(first.top());
            assertThat(box.left()).as(box.text()).isGreaterThanOrEqualTo(0);
            assertThat(box.right()).as(box.text()).isLessThanOrEqualTo(PHONE);
        }
    }
}

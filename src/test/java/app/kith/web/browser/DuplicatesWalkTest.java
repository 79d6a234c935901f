package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.dupes.Duplicates;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Likely duplicates in a real browser: who is kept is plain and swapped in place, a merge is
 * confirmed in place and then offers its undo, "not the same person" puts the pair away with an
 * undo in its place; screenshots of each step (duplicates-*.png).
 */
class DuplicatesWalkTest extends BrowserTest {

    static long owner;
    static Person ada;
    static Person adaL;
    static Person grace;
    static Person graceH;

    @BeforeAll
    static void twoPairs() {
        owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account().id();
        People people = server.bean(People.class);
        LocalDate today = LocalDate.now();
        ada = people.add(owner, draft("Ada Lovelace", "ada@example.com", "Analytical Engines"), today.minusDays(400));
        adaL = people.add(owner, draft("Ada L.", "ada@example.com", null), today);
        grace = people.add(owner, draft("Grace Hopper", "grace@navy.example", "US Navy"), today.minusDays(90));
        graceH = people.add(owner, draft("Grace Hopper", "amazing.grace@example.com", null), today);
        Touchpoints touchpoints = server.bean(Touchpoints.class);
        for (int i = 1; i <= 3; i++) {
            touchpoints.log(owner, new NewTouchpoint(ada.id(), today.minusDays(30L * i), "coffee", "out", null), today);
        }
        touchpoints.log(owner, new NewTouchpoint(adaL.id(), today.minusDays(2), "email", "in", null), today);
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
    }

    private static PersonDraft draft(String name, String email, String company) {
        return new PersonDraft(name, List.of(email), null, company, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    private WebElement pair(Person x, Person y) {
        return driver.findElement(By.id("pair-" + Math.min(x.id(), y.id()) + "-" + Math.max(x.id(), y.id())));
    }

    private static String kept(WebElement pair) {
        return pair.findElement(By.cssSelector(".side.keep .who")).getText();
    }

    @Test
    void keepSwapConfirmMergeUndoAndNotTheSamePerson() throws Exception {
        openPage("/people/duplicates");
        DuplicatesScreen page = new DuplicatesScreen(driver);
        assertThat(kept(pair(ada, adaL))).isEqualTo("Ada Lovelace");
        assertThat(pair(ada, adaL).getText()).contains("KEEP", "3 touchpoints", "MERGE IN", "Ada L.", "1 touchpoint");
        assertThat(shootEveryWay("duplicates", "/people/duplicates")).isEmpty();

        page.inPlace(pair(ada, adaL), "Keep Ada L. instead");
        assertThat(kept(pair(ada, adaL))).isEqualTo("Ada L.");
        page.inPlace(pair(ada, adaL), "Keep Ada Lovelace instead");

        page.inPlace(pair(ada, adaL), "Merge…");
        assertThat(pair(ada, adaL).getText()).contains("Merge Ada L. into Ada Lovelace?", "Ada L. has nothing Ada Lovelace lacks.",
                "Moving over to Ada Lovelace: 1 touchpoint.", "You can undo the merge for 30 days.");
        assertThat(shootAsItIs("duplicates-confirm")).isEmpty();
        page.inPlace(pair(ada, adaL), "Cancel");
        assertThat(kept(pair(ada, adaL))).isEqualTo("Ada Lovelace");

        page.inPlace(pair(grace, graceH), "Not the same person");
        assertThat(pair(grace, graceH).getText()).contains("Grace Hopper and Grace Hopper are two people", "Undo");
        assertThat(shootAsItIs("duplicates-dismissed")).isEmpty();
        page.inPlace(pair(grace, graceH), "Undo");
        assertThat(pair(grace, graceH).getText()).contains("Not the same person");
        page.inPlace(pair(grace, graceH), "Not the same person");
        assertThat(server.bean(Duplicates.class).duplicates(owner)).hasSize(1);

        page.inPlace(pair(ada, adaL), "Merge…");
        page.clickAndWait(page.button(pair(ada, adaL), "Merge into Ada Lovelace"));
        assertThat(page.banner()).contains("Merged Ada L. into Ada Lovelace", "Undo");
        assertThat(driver.findElements(By.cssSelector("ul.dupes"))).isEmpty();
        assertThat(shootAsItIs("duplicates-merged")).isEmpty();

        page.clickAndWait(page.button(driver.findElement(By.cssSelector(".banner.undo")), "Undo"));
        assertThat(page.banner()).contains("Undone: Ada Lovelace");
        assertThat(kept(pair(ada, adaL))).isEqualTo("Ada Lovelace");
    }
}

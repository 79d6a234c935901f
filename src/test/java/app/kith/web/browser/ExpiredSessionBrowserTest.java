package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A session that ends while a page is open: the next in-place action loads the sign-in page (not
 * a fragment of it in the list), which says why, and signing in goes back to the page as it was.
 */
class ExpiredSessionBrowserTest extends BrowserTest {

    @BeforeAll
    static void ownerWithPeople() {
        long owner = server.bean(Accounts.class).create(OWNER, PASSWORD).account().id();
        People people = server.bean(People.class);
        people.add(owner, PersonDraft.named("Ada Lovelace"), LocalDate.now());
        people.add(owner, PersonDraft.named("Grace Hopper"), LocalDate.now());
    }

    @BeforeEach
    void signedOut() {
        forgetCookies();
    }

    @Test
    void aSearchTypedAfterTheSessionEndedSignsInAndComesBackToTheSearch() throws Exception {
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        open("/people");
        PeopleScreen page = new PeopleScreen(driver);
        page.search().sendKeys("Ad");
        page.waiting().until(d -> d.getCurrentUrl().contains("q=Ad"));

        driver.manage().deleteCookieNamed("JSESSIONID"); // the session ends (expired, the server restarted)
        page.search().sendKeys("a");

        page.waiting().until(d -> path().equals("/login"));
        SignInScreen signIn = new SignInScreen(driver);
        assertThat(signIn.message()).isEqualTo("Sign in to carry on where you were.");
        assertThat(URI.create(driver.getCurrentUrl()).getRawQuery()).isEqualTo("continue=%2Fpeople%3Fq%3DAd");
        assertThat(shootEveryWay("sign-in-again", "/login?continue=%2Fpeople%3Fq%3DAd")).isEmpty();

        signIn.signIn(OWNER, PASSWORD, false);

        assertThat(path()).isEqualTo("/people");
        assertThat(URI.create(driver.getCurrentUrl()).getQuery()).isEqualTo("q=Ad");
        assertThat(new PeopleScreen(driver).search().getDomProperty("value")).isEqualTo("Ad");
        assertThat(driver.findElement(By.id("results")).getText()).contains("Ada Lovelace").doesNotContain("Grace Hopper");
    }

    @Test
    void aPageOpenedWithoutASessionIsShownAfterSigningIn() {
        open("/circles");
        assertThat(path()).isEqualTo("/login");

        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);

        assertThat(path()).isEqualTo("/circles");
    }
}

package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/** Signing in and staying signed in, in a real browser; and one account never sees another's people. */
class SigningInTest extends BrowserTest {

    @BeforeAll
    static void owner() {
        server.bean(Accounts.class).create(OWNER, PASSWORD);
    }

    @BeforeEach
    void signedOut() {
        forgetCookies();
    }

    SignInScreen signInPage() {
        open("/login");
        return new SignInScreen(driver);
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheEmail() {
        SignInScreen page = signInPage();

        page.signIn(OWNER, "not-the-password", false);

        assertThat(path()).isEqualTo("/login");
        assertThat(page.message()).isEqualTo("That email and password do not match an account.");
        assertThat(page.typedEmail()).isEqualTo(OWNER);
        assertThat(page.typedPassword()).isEmpty();
    }

    @Test
    void keepMeSignedInSurvivesALostSession() {
        signInPage().signIn(OWNER, PASSWORD, true);
        assertThat(path()).isEqualTo("/today");

        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.navigate().refresh();

        assertThat(path()).isEqualTo("/today");
    }

    @Test
    void withoutKeepMeSignedInALostSessionSignsOut() {
        signInPage().signIn(OWNER, PASSWORD, false);
        assertThat(path()).isEqualTo("/today");

        driver.manage().deleteCookieNamed("JSESSIONID");
        driver.navigate().refresh();

        assertThat(path()).isEqualTo("/login");
    }

    @Test
    void signingOutEndsTheSessionAndTheRememberMeCookie() {
        signInPage().signIn(OWNER, PASSWORD, true);

        new TodayScreen(driver).signOut();

        assertThat(new SignInScreen(driver).message()).isEqualTo("You are signed out.");
        open("/today");
        assertThat(path()).isEqualTo("/login");
    }

    @Test
    void rememberMeCookieIsRefusedAfterSignOut() {
        signInPage().signIn(OWNER, PASSWORD, true);
        Cookie kept = driver.manage().getCookieNamed("remember-me");
        assertThat(kept).as("kept signed in").isNotNull();

        new TodayScreen(driver).signOut();
        // Someone who copied the cookie before the sign-out puts it back, without a session.
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(new Cookie(kept.getName(), kept.getValue(), kept.getPath()));
        open("/today");

        assertThat(path()).isEqualTo("/login");
        assertThat(driver.manage().getCookieNamed("remember-me")).as("the refused cookie is cleared").isNull();
    }

    @Test
    void anotherAccountsPersonIsAPlainNotFound() {
        Accounts accounts = server.bean(Accounts.class);
        long owner = accounts.byEmail(OWNER).id();
        long ada = server.bean(People.class).add(owner, PersonDraft.named("Ada Lovelace"), LocalDate.now()).id();
        String other = "other-" + System.nanoTime() + "@example.com";
        accounts.create(other, PASSWORD);

        signInPage().signIn(OWNER, PASSWORD, false);
        open("/people/" + ada);
        assertThat(new PersonScreen(driver).heading()).as("the owner sees the person").contains("Ada Lovelace");
        forgetCookies();

        signInPage().signIn(other, PASSWORD, false);
        open("/people/" + ada);
        PersonScreen page = new PersonScreen(driver);
        assertThat(page.heading()).isEqualTo("404 · Not Found");
        assertThat(driver.getPageSource()).doesNotContain("Ada Lovelace");
    }
}

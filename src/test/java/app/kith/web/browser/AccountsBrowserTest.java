package app.kith.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * A server with several accounts, as its admin and a newcomer meet it: the admin makes an
 * invitation link, the newcomer signs up with it and signs in, cannot see the admin page, and is
 * signed out when the admin disables the account; then the admin deletes it, typing its email.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountsBrowserTest extends BrowserTest {

    static final String NEWCOMER = "newcomer@example.com";
    static String link;

    private static Accounts accounts() {
        return server.bean(Accounts.class);
    }

    @Test
    @Order(1)
    void anAdminMakesAnInvitationLinkShownOnce() throws IOException {
        long owner = accounts().create(OWNER, PASSWORD).account().id();
        long member = accounts().create("member@example.com", PASSWORD).account().id();
        People people = server.bean(People.class);
        people.add(owner, PersonDraft.named("Ada Lovelace"), LocalDate.now());
        people.add(member, PersonDraft.named("Grace Hopper"), LocalDate.now());
        accounts().create("former.member.with.a.long.address@example.org", PASSWORD);
        accounts().admin().disable(accounts().owner().id(), "former.member.with.a.long.address@example.org");
        open("/login");
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);

        openPage("/admin");
        Screen page = new Screen(driver) { };
        page.clickAndWait(page.button("Make an invitation link"));
        link = driver.findElement(By.id("new-link")).getDomProperty("value");

        assertThat(link).startsWith(server.url("/signup?invitation="));
        assertThat(shootState("admin-invited", false, () -> { })).isEmpty();
        assertThat(shootEveryWay("admin", "/admin")).isEmpty();
        assertThat(driver.findElements(By.id("new-link"))).as("the link is shown once").isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("member@example.com", "disabled", "admin");
    }

    @Test
    @Order(2)
    void theNewcomerSignsUpWithTheLinkAndThenSignsIn() throws IOException {
        new Screen(driver) { }.signOut();
        String invitation = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        assertThat(shootEveryWay("signup", invitation)).isEmpty();

        openPage(invitation);
        Screen form = new Screen(driver) { };
        form.type(driver.findElement(By.name("email")), NEWCOMER);
        form.type(driver.findElement(By.name("password")), PASSWORD);
        form.type(driver.findElement(By.name("again")), PASSWORD);
        form.clickAndWait(form.button("Create my account"));
        assertThat(path()).isEqualTo("/today");

        form.signOut();
        open("/login");
        new SignInScreen(driver).signIn(NEWCOMER, PASSWORD, false);
        assertThat(path()).isEqualTo("/today");

        open(invitation);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("expired, was used or was revoked");
    }

    @Test
    @Order(3)
    void aMemberFindsNoAdminPageAndIsSignedOutWhenDisabled() {
        open("/admin");
        assertThat(new Screen(driver) { }.heading()).startsWith("404");

        accounts().admin().disable(accounts().owner().id(), NEWCOMER);
        open("/today");
        assertThat(path()).isEqualTo("/login");

        new SignInScreen(driver).signIn(NEWCOMER, PASSWORD, false);
        assertThat(path()).isEqualTo("/login");
    }

    @Test
    @Order(4)
    void theAdminDeletesAnAccountByTypingItsEmail() throws IOException, InterruptedException {
        new SignInScreen(driver).signIn(OWNER, PASSWORD, false);
        openPage("/admin");
        Screen page = new Screen(driver) { };
        page.clickAndWait(driver.findElement(By.cssSelector("button[aria-label='Delete " + NEWCOMER + "']")));
        assertThat(path()).isEqualTo("/admin/delete");
        page.type(driver.findElement(By.name("typed")), "someone.else@example.com");
        page.clickAndWait(page.button("Delete the account"));
        assertThat(driver.findElement(By.id("typed-error")).getText()).contains(NEWCOMER);
        assertThat(shootAsItIs("admin-delete")).isEmpty();
        for (String scheme : java.util.List.of("light", "dark")) {
            browser.colorScheme(scheme);
            Thread.sleep(600); // Pico's colours take a moment to change over
            assertThat(Audit.lowContrast(driver)).as(scheme + ": the delete button's text too").isEmpty();
        }
        browser.colorScheme("light");

        page.type(driver.findElement(By.name("typed")), NEWCOMER);
        page.clickAndWait(page.button("Delete the account"));

        assertThat(path()).isEqualTo("/admin");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(NEWCOMER + " and everything in it are deleted");
        assertThat(driver.findElements(By.cssSelector("button[aria-label='Delete " + NEWCOMER + "']"))).isEmpty();
        assertThat(accounts().signInOf(NEWCOMER)).isEmpty();
    }

    @Test
    @Order(5)
    void theAdminMakesASecondAdminRemovesItAndReadsBothInTheActivity() throws IOException {
        openPage("/admin");
        Screen page = new Screen(driver) { };
        assertThat(driver.findElements(By.cssSelector("button[aria-label='Remove admin from " + OWNER + "']")))
                .as("the owner stays an admin").isEmpty();
        page.clickAndWait(driver.findElement(By.cssSelector("button[aria-label='Make member@example.com an admin']")));

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("member@example.com is an admin");
        assertThat(accounts().byEmail("member@example.com").admin()).isTrue();
        assertThat(shootEveryWay("admin-admins", "/admin")).isEmpty();
        page.clickAndWait(driver.findElement(By.cssSelector("button[aria-label='Remove admin from member@example.com']")));
        assertThat(path()).isEqualTo("/admin/revoke");
        assertThat(accounts().byEmail("member@example.com").admin()).as("not before it is confirmed").isTrue();
        assertThat(shootAsItIs("admin-revoke")).isEmpty();
        page.clickAndWait(page.button("Remove admin"));

        assertThat(driver.findElement(By.tagName("main")).getText()).contains("member@example.com is no longer an admin.");
        assertThat(accounts().byEmail("member@example.com").admin()).isFalse();
        openPage("/settings/activity");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Admin removed", "Admin made",
                "Account deleted", "deleted the account " + NEWCOMER, "Invitation made", "Account disabled");
        assertThat(shootEveryWay("settings-activity-admin", "/settings/activity")).isEmpty();
    }
}

package app.kith.web.today;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.intro.IntroStep;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.intro.NewIntroduction;
import app.kith.person.People;
import app.kith.person.PersonDraft;
import app.kith.web.WebSession;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Until introductions have pages of their own, an introduction to follow up is on the Today page with its reason. */
@ServerTest
class IntroductionOnTodayPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Introductions introductions;

    @Autowired
    Clock clock;

    @Test
    void aSideAskedTooLongAgoIsOnTheTodayPage() {
        WebSession session = WebSession.signUp(port, accounts);
        long account = session.accountId();
        LocalDate today = accounts.byId(account).today(clock);
        long sam = people.add(account, PersonDraft.named("Sam Okafor"), today.minusDays(20)).id();
        long priya = people.add(account, PersonDraft.named("Priya Raman"), today.minusDays(20)).id();
        Introduction intro = introductions.propose(account, new NewIntroduction(sam, priya, "hiring", today.minusDays(9)),
                today);
        introductions.step(account, intro.id(), IntroStep.asked(sam, today.minusDays(9)), today);

        WebSession.Page page = session.get("/today");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Sam Okafor", "You asked Sam 9 days ago whether they'd like to meet Priya");
    }
}

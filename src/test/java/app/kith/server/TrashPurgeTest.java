package app.kith.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.api.ServerTest;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.trash.Trash;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@ServerTest
class TrashPurgeTest {

    @Autowired
    TrashPurge purge;

    @Autowired
    Accounts accounts;

    @Autowired
    People people;

    @Autowired
    Touchpoints touchpoints;

    @Autowired
    DataSource dataSource;

    @Autowired
    Trash trash;

    @Test
    void theDailyPurgeRemovesPeopleDeletedMoreThanThirtyDaysAgoWithTheirTouchpoints() {
        long account = accounts.create("purge-" + UUID.randomUUID() + "@example.com", "a-long-enough-password").account().id();
        LocalDate today = LocalDate.now();
        Person old = people.add(account, PersonDraft.named("Long Gone"), today);
        touchpoints.log(account, new NewTouchpoint(old.id(), today, "call", null, null), today);
        Person recent = people.add(account, PersonDraft.named("Just Deleted"), today);
        Person kept = people.add(account, PersonDraft.named("Still Here"), today);
        people.delete(account, old.id());
        people.delete(account, recent.id());
        deletedDaysAgo(old, 31);
        deletedDaysAgo(recent, 29);

        purge.purge();

        JdbcClient sql = JdbcClient.create(dataSource);
        assertThat(sql.sql("SELECT name FROM person WHERE account_id = :a ORDER BY id").param("a", account)
                .query(String.class).list()).containsExactly("Just Deleted", "Still Here");
        assertThat(sql.sql("SELECT count(*) FROM touchpoint WHERE account_id = :a").param("a", account)
                .query(Integer.class).single()).isZero();
        assertThat(people.restore(account, recent.id()).name()).isEqualTo("Just Deleted");
        assertThat(people.get(account, kept.id()).name()).isEqualTo("Still Here");
    }

    @Test
    void theDailyPurgeRemovesAnythingInTheTrashMoreThanThirtyDaysOld() {
        long account = accounts.create("purge-" + UUID.randomUUID() + "@example.com", "a-long-enough-password").account().id();
        LocalDate today = LocalDate.now();
        Person ada = people.add(account, PersonDraft.named("Ada"), today);
        Touchpoint old = touchpoints.log(account, new NewTouchpoint(ada.id(), today, "call", null, null), today);
        Touchpoint recent = touchpoints.log(account, new NewTouchpoint(ada.id(), today, "email", null, null), today);
        touchpoints.delete(account, old.id());
        touchpoints.delete(account, recent.id());
        JdbcClient.create(dataSource).sql("UPDATE trash_item SET deleted_at = :at WHERE account_id = :a AND item_id = :id")
                .param("at", System.currentTimeMillis() - Duration.ofDays(31).toMillis()).param("a", account)
                .param("id", old.id()).update();

        purge.purge();

        assertThat(trash.list(account)).extracting(t -> t.id()).containsExactly(recent.id());
        assertThat(JdbcClient.create(dataSource).sql("SELECT count(*) FROM trashed_touchpoint WHERE account_id = :a")
                .param("a", account).query(Integer.class).single()).isEqualTo(1);
    }

    private void deletedDaysAgo(Person p, int days) {
        JdbcClient.create(dataSource).sql("UPDATE person SET deleted_at = :at WHERE id = :id")
                .param("at", System.currentTimeMillis() - Duration.ofDays(days).toMillis()).param("id", p.id()).update();
    }
}

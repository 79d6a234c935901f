package app.kith.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.Invalid;
import app.kith.Store;
import app.kith.StoreTest;
import app.kith.db.Database;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.wiring.Kith;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A change a phone sends again (a replay from its offline queue) is written once per account. */
class SentOnceTest extends StoreTest {

    private static final String ID = "3f8e2a1c-5b7d-4e9f-a0b1-c2d3e4f5a6b7";

    private SentOnce sent;
    private Person ada;

    @BeforeEach
    void adaIsThere() {
        sent = new SentOnce(sql(), db.transactions(), Clock.fixed(NOW, ZoneOffset.UTC));
        ada = kith.people().add(owner(), PersonDraft.named("Ada Lovelace"), TODAY.minusDays(10));
    }

    private Optional<Touchpoint> logAda(long account, long personId, String clientId) {
        return sent.once(account, clientId, "clientId", () -> kith.touchpoints()
                .log(account, new NewTouchpoint(personId, TODAY, "call", "out", "Sent from the queue"), TODAY),
                Touchpoint::id);
    }

    @Test
    void theSameClientIdTwiceLogsOneTouchpoint() {
        Optional<Touchpoint> first = logAda(owner(), ada.id(), ID);
        Optional<Touchpoint> again = logAda(owner(), ada.id(), ID);

        assertThat(rows("touchpoint")).isEqualTo(1);
        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        assertThat(sent.made(owner(), ID, "clientId")).hasValue(first.get().id());
    }

    @Test
    void anotherAccountWithTheSameClientIdIsAnotherChange() {
        long other = anotherAccount();
        Person theirs = kith.people().add(other, PersonDraft.named("Grace Hopper"), TODAY.minusDays(10));

        logAda(owner(), ada.id(), ID);
        Optional<Touchpoint> theirsToo = logAda(other, theirs.id(), ID);

        assertThat(theirsToo).isPresent();
        assertThat(kith.touchpoints().ofPerson(other, theirs.id(), 10, 0)).hasSize(1);
        assertThat(kith.touchpoints().ofPerson(owner(), ada.id(), 10, 0)).hasSize(1);
    }

    @Test
    void aWriteThatFailsLeavesTheIdFreeForTheRetry() {
        assertThatThrownBy(() -> sent.once(owner(), ID, "clientId", () -> {
            throw new Invalid("note", "Too long");
        })).isInstanceOf(Invalid.class);

        assertThat(logAda(owner(), ada.id(), ID)).isPresent();
        assertThat(rows("touchpoint")).isEqualTo(1);
    }

    @Test
    void withoutAClientIdEveryRequestWrites() {
        logAda(owner(), ada.id(), null);
        logAda(owner(), ada.id(), " ");

        assertThat(rows("touchpoint")).isEqualTo(2);
    }

    @Test
    void anIdThatNoDeviceMadeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> logAda(owner(), ada.id(), "x'; DROP TABLE person"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("clientId"));
        assertThat(rows("touchpoint")).isZero();
    }

    @Test
    void idsOlderThanAMonthAreForgotten() {
        logAda(owner(), ada.id(), ID);
        SentOnce later = new SentOnce(sql(), db.transactions(),
                Clock.fixed(NOW.plus(SentOnce.KEPT).plusSeconds(1), ZoneOffset.UTC));

        later.once(owner(), "another-device-id", "clientId", () -> "nothing kept");

        assertThat(rows("sent_once")).isEqualTo(1);
    }

    @Test
    void twoRequestsWithTheSameIdAtTheSameMomentWriteOnce() throws Exception {
        // Two requests at once need two connections, as the server has: the test's SQLite store is
        // opened as a command opens it, on one connection, so the file is opened again with a pool.
        Database server = store == Store.SQLITE ? Database.forServer(Store.sqliteIn(folder), 2) : db;
        Kith wired = server == db ? kith : Kith.wire(server, Clock.fixed(NOW, ZoneOffset.UTC));
        SentOnce once = server == db ? sent : new SentOnce(JdbcClient.create(server.dataSource()), server.transactions(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        long owner = owner();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Optional<Touchpoint>> send = () -> {
            start.await();
            return once.once(owner, ID, "clientId", () -> {
                // Slow, so the second request arrives while the first is still writing.
                sleep(300);
                return wired.touchpoints().log(owner, new NewTouchpoint(ada.id(), TODAY, "call", "out", null), TODAY);
            }, Touchpoint::id);
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<Touchpoint>> first = two.submit(send);
            Future<Optional<Touchpoint>> second = two.submit(send);
            start.countDown();

            assertThat(Stream.of(first.get(), second.get()).filter(Optional::isPresent)).hasSize(1);
            assertThat(rows("touchpoint")).isEqualTo(1);
        } finally {
            two.shutdownNow();
            if (server != db) {
                server.close();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package app.kith.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.kith.Conflict;
import app.kith.Invalid;
import app.kith.NotFound;
import app.kith.MovableClock;
import app.kith.StoreTest;
import app.kith.person.PersonDraft;
import app.kith.wiring.Kith;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountsTest extends StoreTest {

    @Test
    void ownerIsMadeOnceEvenWhenAskedTwice() {
        Account first = kith.accounts().owner();
        Account second = kith.accounts().owner();

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(first.owner()).isTrue();
        assertThat(first.email()).isNull();
        assertThat(first.canSignIn()).isFalse();
        assertThat(first.settings().capacity()).isEqualTo(Settings.DEFAULT_CAPACITY);
        assertThat(rows("account")).isEqualTo(1);
        assertThat(kith.accounts().needsSetup()).isTrue();
    }

    @Test
    void firstCreateGivesTheOwnerItsSignInAndKeepsItsData() {
        long owner = owner();
        kith.people().add(owner, PersonDraft.named("Ada Lovelace"), TODAY);

        AccountCreated created = kith.accounts().create("Ada@Example.com", "correct horse");

        assertThat(created.wasOwnerSignIn()).isTrue();
        assertThat(created.account().id()).isEqualTo(owner);
        assertThat(created.account().email()).isEqualTo("ada@example.com");
        assertThat(created.account().canSignIn()).isTrue();
        assertThat(kith.people().count(owner)).isEqualTo(1);
        assertThat(rows("account")).isEqualTo(1);
        assertThat(kith.accounts().needsSetup()).isFalse();
    }

    @Test
    void secondCreateAddsAnAccountWithNothingInIt() {
        long owner = owner();
        kith.people().add(owner, PersonDraft.named("Ada Lovelace"), TODAY);
        kith.accounts().create("owner@example.com", "correct horse");

        AccountCreated created = kith.accounts().create("second@example.com", "battery staple");

        assertThat(created.wasOwnerSignIn()).isFalse();
        assertThat(created.account().id()).isNotEqualTo(owner);
        assertThat(created.account().owner()).isFalse();
        assertThat(kith.people().count(created.account().id())).isZero();
        assertThat(kith.accounts().owner().id()).isEqualTo(owner);
        assertThat(kith.accounts().owner().email()).isEqualTo("owner@example.com");
        assertThat(rows("account")).isEqualTo(2);
    }

    @Test
    void anEmailInUseIsAConflictWhateverItsCase() {
        kith.accounts().create("ada@example.com", "correct horse");

        assertThatThrownBy(() -> kith.accounts().create(" ADA@example.com ", "battery staple"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(rows("account")).isEqualTo(1);
    }

    @Test
    void aMalformedEmailOrAShortPasswordIsRefusedAndNothingChanges() {
        owner();

        assertThatThrownBy(() -> kith.accounts().create("ada@", "correct horse"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> kith.accounts().create("ada@example.com", "short"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThatThrownBy(() -> kith.accounts().create("ada@example.com", "x".repeat(201)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(kith.accounts().needsSetup()).isTrue();
        assertThat(rows("account")).isEqualTo(1);
    }

    @Test
    void signInNeedsTheRightPassword() {
        long id = kith.accounts().create("ada@example.com", "correct horse").account().id();

        assertThat(kith.accounts().signIn("Ada@Example.com", "correct horse")).map(SignIn::accountId).contains(id);
        assertThat(kith.accounts().signIn("ada@example.com", "wrong horse")).isEmpty();
        assertThat(kith.accounts().signIn("bob@example.com", "correct horse")).isEmpty();
        assertThat(kith.accounts().signIn(null, null)).isEmpty();
    }

    @Test
    void aLongPassphraseIsAcceptedAndCountedInCharactersNotBytes() {
        String passphrase = "Grüße aus Köln — 東京の夜は長い — ça va très bien 🌍🌏 Καλημέρα κόσμε"; // 102 bytes
        String twoHundred = "🌍".repeat(200); // 200 characters, 800 bytes

        kith.accounts().create("ada@example.com", passphrase);
        kith.accounts().create("bob@example.com", twoHundred);

        assertThat(kith.accounts().signIn("ada@example.com", passphrase)).isPresent();
        assertThat(kith.accounts().signIn("ada@example.com", passphrase.substring(0, 40))).as("not cut short").isEmpty();
        assertThat(kith.accounts().signIn("bob@example.com", twoHundred)).isPresent();
        assertThat(kith.accounts().signIn("bob@example.com", "🌍".repeat(199))).isEmpty();
        assertThatThrownBy(() -> kith.accounts().create("cy@example.com", "é".repeat(201)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e).hasMessage("password must be at most 200 characters, not 201"));
        assertThatThrownBy(() -> kith.accounts().create("cy@example.com", "🌍".repeat(7)))
                .as("14 UTF-16 units, 7 characters").isInstanceOf(Invalid.class);
    }

    @Test
    void aPasswordStoredWithBcryptStillSignsInAndIsStoredAnewWithoutEndingSessions() {
        long id = kith.accounts().create("ada@example.com", "correct horse").account().id();
        sql().sql("UPDATE account SET password_hash = :hash WHERE id = :id")
                .param("hash", "{bcrypt}" + new BCryptPasswordEncoder().encode("correct horse")).param("id", id).update();
        int version = kith.accounts().signInOf(id).orElseThrow().version();

        assertThat(kith.accounts().signIn("ada@example.com", "x".repeat(100))).as("too long for bcrypt, no crash").isEmpty();
        assertThat(kith.accounts().signIn("ada@example.com", "correct horse")).isPresent();

        assertThat(sql().sql("SELECT password_hash FROM account WHERE id = :id").param("id", id).query(String.class).single())
                .startsWith("{pbkdf2");
        assertThat(kith.accounts().signIn("ada@example.com", "correct horse")).isPresent();
        assertThat(kith.accounts().signInOf(id).orElseThrow().version()).isEqualTo(version);
    }

    @Test
    void aNewPasswordNeedsTheCurrentOneAndEndsEverySessionAndRememberedDevice() {
        long id = kith.accounts().create("ada@example.com", "correct horse").account().id();
        long other = kith.accounts().create("bob@example.com", "battery staple").account().id();
        int before = kith.accounts().signInOf(id).orElseThrow().version();
        RememberMe.Token device = kith.accounts().rememberMe().issue(id);
        RememberMe.Token othersDevice = kith.accounts().rememberMe().issue(other);

        assertThatThrownBy(() -> kith.accounts().changePassword(id, "wrong horse", "a new password"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThat(kith.accounts().rememberMe().count(id)).isEqualTo(1);

        SignIn changed = kith.accounts().changePassword(id, "correct horse", "a new password");

        assertThat(changed.version()).isEqualTo(before + 1).isEqualTo(kith.accounts().signInOf(id).orElseThrow().version());
        assertThat(kith.accounts().signIn("ada@example.com", "a new password")).isPresent();
        assertThat(kith.accounts().signIn("ada@example.com", "correct horse")).isEmpty();
        assertThat(kith.accounts().rememberMe().use(device.series(), device.token())).isEmpty();
        assertThat(kith.accounts().rememberMe().use(othersDevice.series(), othersDevice.token())).as("another account's")
                .isPresent();
    }

    @Test
    void theCommandLineSetsAPasswordWithoutTheCurrentOneButNotForAnOwnerWithoutSignIn() {
        long owner = owner();
        assertThatThrownBy(() -> kith.accounts().setPassword(owner, "a new password")).isInstanceOf(Conflict.class);

        kith.accounts().create("ada@example.com", "correct horse");
        kith.accounts().setPassword(owner, "a new password");

        assertThat(kith.accounts().signIn("ada@example.com", "a new password")).isPresent();
        assertThatThrownBy(() -> kith.accounts().setPassword(owner, "short")).isInstanceOf(Invalid.class);
    }

    @Test
    void passwordsAreStoredHashed() {
        kith.accounts().create("ada@example.com", "correct horse");

        String stored = sql().sql("SELECT password_hash FROM account").query(String.class).single();
        assertThat(stored).doesNotContain("correct horse").startsWith("{");
    }

    @Test
    void aTokenAuthenticatesItsAccountAndRecordsItsUse() {
        long owner = owner();
        NewToken token = kith.accounts().newToken(owner, "phone");

        assertThat(kith.accounts().authenticate(token.secret())).map(Account::id).contains(owner);
        // Written apart from the request on the server (at once here: the store has one connection).
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(kith.accounts().tokens(owner)).singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo("phone");
                    assertThat(t.createdAt()).isEqualTo(NOW);
                    assertThat(t.lastUsedAt()).isEqualTo(NOW);
                }));
    }

    @Test
    void aTokenUsedAgainWithinAMinuteIsNotWrittenAgain() {
        MovableClock clock = new MovableClock(NOW);
        Accounts accounts = Kith.wire(db, clock).accounts();
        long owner = owner();
        NewToken phone = accounts.newToken(owner, "phone");
        NewToken laptop = accounts.newToken(owner, "laptop");

        accounts.authenticate(phone.secret());
        await().atMost(Duration.ofSeconds(10)).until(() -> lastUsed(accounts, "phone") != null);
        clock.advance(Duration.ofSeconds(59));
        accounts.authenticate(phone.secret());
        // Uses are written in turn: once the laptop's is there, a write of the phone's would be too.
        accounts.authenticate(laptop.secret());
        await().atMost(Duration.ofSeconds(10)).until(() -> lastUsed(accounts, "laptop") != null);

        assertThat(lastUsed(accounts, "phone")).isEqualTo(NOW);
        clock.advance(Duration.ofSeconds(2));
        accounts.authenticate(phone.secret());
        await().atMost(Duration.ofSeconds(10)).until(() -> NOW.plusSeconds(61).equals(lastUsed(accounts, "phone")));
    }

    private Instant lastUsed(Accounts accounts, String name) {
        return accounts.tokens(owner()).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().lastUsedAt();
    }

    @Test
    void aTokenIsStoredOnlyAsItsHash() {
        NewToken token = kith.accounts().newToken(owner(), "phone");

        List<String> stored = sql().sql("SELECT name || ' ' || token_hash FROM api_token").query(String.class).list();
        assertThat(stored).singleElement().asString()
                .doesNotContain(token.secret())
                .doesNotContain(token.secret().substring("kith_".length()));
    }

    @Test
    void unknownOrMalformedTokensAuthenticateNobody() {
        NewToken token = kith.accounts().newToken(owner(), "phone");

        assertThat(kith.accounts().authenticate(token.secret() + "x")).isEmpty();
        assertThat(kith.accounts().authenticate(token.secret().substring(5))).isEmpty();
        assertThat(kith.accounts().authenticate("kith_" + "a".repeat(300))).isEmpty();
        assertThat(kith.accounts().authenticate("")).isEmpty();
        assertThat(kith.accounts().authenticate(null)).isEmpty();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        long owner = owner();
        NewToken kept = kith.accounts().newToken(owner, "laptop");
        NewToken revoked = kith.accounts().newToken(owner, "phone");

        kith.accounts().revokeToken(owner, revoked.token().id());

        assertThat(kith.accounts().authenticate(revoked.secret())).isEmpty();
        assertThat(kith.accounts().authenticate(kept.secret())).isPresent();
        assertThat(kith.accounts().tokens(owner)).extracting(ApiToken::name).containsExactly("laptop");
        assertThatThrownBy(() -> kith.accounts().revokeToken(owner, revoked.token().id())).isInstanceOf(NotFound.class);
        // The use is written on a thread of its own: done before the next test empties the store.
        await().atMost(Duration.ofSeconds(10)).until(() -> kith.accounts().tokens(owner).get(0).lastUsedAt() != null);
    }

    @Test
    void aTokenNeedsAName() {
        assertThatThrownBy(() -> kith.accounts().newToken(owner(), "  "))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> kith.accounts().newToken(owner(), "x".repeat(101)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(rows("api_token")).isZero();
    }

    @Test
    void capacityIsBetweenOneAndTheMaximum() {
        long owner = owner();

        assertThat(kith.accounts().setCapacity(owner, 1).capacity()).isEqualTo(1);
        assertThat(kith.accounts().setCapacity(owner, Settings.MAX_CAPACITY).capacity()).isEqualTo(Settings.MAX_CAPACITY);
        for (int refused : new int[] {0, -1, Settings.MAX_CAPACITY + 1}) {
            assertThatThrownBy(() -> kith.accounts().setCapacity(owner, refused))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("capacity"));
        }
        assertThat(kith.accounts().byId(owner).settings().capacity()).isEqualTo(Settings.MAX_CAPACITY);
    }

    @Test
    void aTimeZoneMustBeReal() {
        long owner = owner();

        kith.accounts().setTimeZone(owner, "Europe/Paris");
        assertThatThrownBy(() -> kith.accounts().setTimeZone(owner, "Mars/Olympus"))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("timeZone"));

        assertThat(kith.accounts().byId(owner).settings().timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void aNewAccountTracksNewPeopleMonthlyGivesFollowUpsHalfOfTodayAndRepliesTwoWeeks() {
        Settings settings = kith.accounts().byId(owner()).settings();

        assertThat(settings.defaultRhythmDays()).isEqualTo(30);
        assertThat(settings.followUpShare()).isEqualTo(50);
        assertThat(settings.followUpSlots()).isEqualTo(2);
        assertThat(settings.replyWindowDays()).isEqualTo(14);
        assertThat(settings.yourName()).isNull();
    }

    @Test
    void theDefaultRhythmCanBeNoneAndSetAgainButNeverZero() {
        long owner = owner();

        assertThat(kith.accounts().changeSettings(owner, SettingsChange.defaultRhythm(null)).defaultRhythmDays()).isNull();
        assertThat(kith.accounts().changeSettings(owner, new SettingsChange(7, null, null, null, null))
                .defaultRhythmDays()).as("other changes leave it unset").isNull();
        assertThat(kith.accounts().changeSettings(owner, SettingsChange.defaultRhythm(90)).defaultRhythmDays()).isEqualTo(90);
        for (int refused : new int[] {0, -3, 3651}) {
            assertThatThrownBy(() -> kith.accounts().changeSettings(owner, SettingsChange.defaultRhythm(refused)))
                    .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("defaultRhythmDays"));
        }
        assertThat(kith.accounts().byId(owner).settings().defaultRhythmDays()).isEqualTo(90);
    }

    @Test
    void theFollowUpShareIsAPercentAndTheReplyWindowAtLeastTwoDays() {
        long owner = owner();

        assertThat(kith.accounts().changeSettings(owner, SettingsChange.followUpShare(0)).followUpSlots()).isZero();
        Settings all = kith.accounts().changeSettings(owner, SettingsChange.followUpShare(100));
        assertThat(all.followUpSlots()).isEqualTo(all.capacity());
        assertThat(kith.accounts().changeSettings(owner, SettingsChange.replyWindow(30)).replyWindowDays()).isEqualTo(30);
        assertThatThrownBy(() -> kith.accounts().changeSettings(owner, SettingsChange.followUpShare(101)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("followUpShare"));
        assertThatThrownBy(() -> kith.accounts().changeSettings(owner, SettingsChange.replyWindow(1)))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("replyWindowDays"));
        Settings kept = kith.accounts().byId(owner).settings();
        assertThat(kept.followUpShare()).isEqualTo(100);
        assertThat(kept.replyWindowDays()).isEqualTo(30);
    }

    @Test
    void yourNameIsKeptTrimmedAndClearedWhenEmpty() {
        long owner = owner();

        assertThat(kith.accounts().changeSettings(owner, SettingsChange.yourName("  Ada Lovelace ")).yourName())
                .isEqualTo("Ada Lovelace");
        assertThatThrownBy(() -> kith.accounts().changeSettings(owner, SettingsChange.yourName("x".repeat(101))))
                .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.field()).isEqualTo("yourName"));
        assertThat(kith.accounts().changeSettings(owner, SettingsChange.yourName("")).yourName()).isNull();
    }

    @Test
    void anUnknownAccountIsNotFound() {
        assertThatThrownBy(() -> kith.accounts().byId(999)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.accounts().byEmail("nobody@example.com")).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> kith.accounts().setCapacity(999, 3)).isInstanceOf(NotFound.class);
    }

    @Test
    void anotherAccountNeitherSeesNorRevokesTheOwnersTokensNorChangesItsSettings() {
        long owner = owner();
        NewToken token = kith.accounts().newToken(owner, "phone");
        long other = anotherAccount();

        assertThat(kith.accounts().tokens(other)).isEmpty();
        assertThatThrownBy(() -> kith.accounts().revokeToken(other, token.token().id())).isInstanceOf(NotFound.class);
        kith.accounts().setCapacity(other, 9);
        kith.accounts().setTimeZone(other, "Asia/Tokyo");

        assertThat(kith.accounts().authenticate(token.secret())).map(Account::id).contains(owner);
        assertThat(kith.accounts().byId(owner).settings().capacity()).isEqualTo(Settings.DEFAULT_CAPACITY);
        assertThat(kith.accounts().byId(owner).settings().timeZone()).isNotEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(kith.accounts().newToken(other, "laptop").token().id()).isNotEqualTo(token.token().id());
        assertThat(kith.accounts().tokens(owner)).extracting(ApiToken::name).containsExactly("phone");
    }
}

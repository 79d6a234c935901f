package app.kith.web.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.AppPasswords;
import app.kith.api.ServerTest;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The address book as phones speak to it, with the request bodies iOS/macOS Contacts and DAVx5
 * send (written from RFC 6352, 4918 and 6578 and the clients' documented discovery).
 */
@ServerTest
class CardDavProtocolTest {

    private static final String BOOK = "/dav/addressbooks/contacts/";

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AppPasswords appPasswords;

    @Autowired
    People people;

    @Autowired
    Circles circles;

    long account;
    String email;
    Dav dav;

    @BeforeEach
    void signUp() {
        email = "phone-" + UUID.randomUUID() + "@example.com";
        account = accounts.create(email, "the account's own password").account().id();
        dav = new Dav(port, email, appPasswords.create(account, "iPhone").password());
    }

    @Test
    void wellKnownLeadsToTheDavRootWithoutSigningIn() {
        Dav.Reply reply = new Dav(port, null, null).send("PROPFIND", "/.well-known/carddav", null, "Depth", "0");
        assertThat(reply.status()).isEqualTo(301);
        assertThat(reply.header("Location")).endsWith("/dav/");
    }

    @Test
    void theAccountPasswordIsRefusedAndAnAppPasswordSignsIn() {
        assertThat(new Dav(port, email, "the account's own password").propfind("/dav/", "0", IOS_PRINCIPAL).status())
                .isEqualTo(401);
        assertThat(new Dav(port, null, null).propfind("/dav/", "0", IOS_PRINCIPAL).header("WWW-Authenticate"))
                .startsWith("Basic");
        Dav.Reply signedIn = dav.propfind("/dav/", "0", IOS_PRINCIPAL);
        assertThat(signedIn.status()).isEqualTo(207);
        assertThat(signedIn.header("Set-Cookie")).as("stateless: no session").isNull();
    }

    @Test
    void aRevokedAppPasswordSignsInNoMore() {
        long id = appPasswords.list(account).get(0).id();
        appPasswords.revoke(account, id);
        assertThat(dav.propfind("/dav/", "0", IOS_PRINCIPAL).status()).isEqualTo(401);
    }

    @Test
    void discoveryGoesFromTheRootToThePrincipalToTheHomeToTheAddressBook() {
        Dav.Reply root = dav.propfind("/dav/", "0", IOS_PRINCIPAL);
        assertThat(root.body()).contains("<d:current-user-principal><d:href>/dav/principal/</d:href>");

        Dav.Reply principal = dav.propfind("/dav/principal/", "0", DAVX5_HOME_SET);
        assertThat(principal.status()).isEqualTo(207);
        assertThat(principal.body()).contains("<card:addressbook-home-set><d:href>/dav/addressbooks/</d:href>");

        Dav.Reply home = dav.propfind("/dav/addressbooks/", "1", DAVX5_ADDRESS_BOOKS);
        assertThat(home.status()).isEqualTo(207);
        assertThat(home.body()).contains("<d:href>" + BOOK + "</d:href>")
                .contains("<d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>")
                .contains("<cs:getctag>urn:kith:sync:").contains("<d:sync-token>urn:kith:sync:")
                .contains("<card:addressbook-multiget/>").contains("<d:sync-collection/>")
                .contains("<d:privilege><d:write/></d:privilege>");
    }

    @Test
    void optionsSaysTheServerSpeaksCardDav() {
        Dav.Reply reply = dav.send("OPTIONS", BOOK, null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("DAV")).isEqualTo("1, 3, addressbook");
        assertThat(reply.header("Allow")).contains("PROPFIND", "REPORT", "PUT", "DELETE");
    }

    @Test
    void settingAPropertyIsRefusedPerPropertyAndChangesNothing() {
        String body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <A:propertyupdate xmlns:A="DAV:">
                  <A:set><A:prop><A:displayname>My contacts</A:displayname></A:prop></A:set>
                </A:propertyupdate>
                """;
        Dav.Reply reply = dav.send("PROPPATCH", BOOK, body, "Content-Type", "application/xml");
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.body()).contains("<d:displayname/>", "HTTP/1.1 403 Forbidden");
        assertThat(dav.propfind(BOOK, "0", DAVX5_ADDRESS_BOOKS).body()).contains("<d:displayname>Kith</d:displayname>");
    }

    @Test
    void aCardIsReadWithHeadAndAnUnknownAddressIsNotFound() {
        Person p = people.add(account, PersonDraft.named("Lise Meitner"), LocalDate.now());
        Dav.Reply head = dav.send("HEAD", BOOK + "kith-" + p.id() + ".vcf", null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.header("ETag")).isEqualTo(dav.send("GET", BOOK + "kith-" + p.id() + ".vcf", null).header("ETag"));
        assertThat(dav.send("GET", BOOK + "kith-999999999.vcf", null).status()).isEqualTo(404);
        assertThat(dav.propfind("/dav/elsewhere/", "0", IOS_PRINCIPAL).status()).isEqualTo(404);
    }

    @Test
    void aCardPutWithIfNoneMatchBecomesAPersonAndOnlyOnce() {
        Dav.Reply put = dav.send("PUT", BOOK + "A1B2C3.vcf", card("A1B2C3", "Ada Lovelace", "ada@example.com"),
                "If-None-Match", "*", "Content-Type", "text/vcard; charset=utf-8");
        assertThat(put.status()).isEqualTo(201);
        assertThat(people.search(account, null, 10, 0)).extracting(Person::name).containsExactly("Ada Lovelace");

        Dav.Reply again = dav.send("PUT", BOOK + "A1B2C3.vcf", card("A1B2C3", "Ada King", "ada@example.com"),
                "If-None-Match", "*");
        assertThat(again.status()).isEqualTo(412);
        assertThat(people.search(account, null, 10, 0)).extracting(Person::name).containsExactly("Ada Lovelace");

        Dav.Reply get = dav.send("GET", BOOK + "A1B2C3.vcf", null);
        assertThat(get.status()).isEqualTo(200);
        assertThat(get.header("ETag")).startsWith("\"");
        assertThat(get.body()).contains("UID:A1B2C3").contains("FN:Ada Lovelace");
    }

    @Test
    void aNewCardsCategoriesMakeNoCircles() {
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:cat-1\r\nFN:Niels Bohr\r\nCATEGORIES:Physics\r\nEND:VCARD\r\n";
        assertThat(dav.send("PUT", BOOK + "cat-1.vcf", card, "If-None-Match", "*").status()).isEqualTo(201);
        assertThat(people.search(account, null, 10, 0).get(0).circles()).isEmpty();
    }

    @Test
    void aStaleETagIsRefusedWith412AndNothingChanges() {
        Person p = people.add(account, PersonDraft.named("Grace Hopper"), LocalDate.now());
        String href = BOOK + "kith-" + p.id() + ".vcf";
        String etag = dav.send("GET", href, null).header("ETag");
        people.update(account, p.id(), p.toDraft().withName("Grace B. Hopper"));

        Dav.Reply put = dav.send("PUT", href, card("kith-" + p.id(), "Amazing Grace", "grace@example.com"),
                "If-Match", etag);
        assertThat(put.status()).isEqualTo(412);
        assertThat(people.get(account, p.id()).name()).isEqualTo("Grace B. Hopper");

        Dav.Reply fresh = dav.send("PUT", href, card("kith-" + p.id(), "Amazing Grace", "grace@example.com"),
                "If-Match", dav.send("GET", href, null).header("ETag"));
        assertThat(fresh.status()).isEqualTo(204);
        assertThat(people.get(account, p.id()).name()).isEqualTo("Amazing Grace");
    }

    @Test
    void aPhonesEditKeepsWhatOnlyKithKnows() {
        circles.add(account, "Science", 60);
        PersonDraft draft = new PersonDraft("Linus Pauling", List.of("linus@example.com"), List.of(), "Caltech", null,
                null, null, null, "At a conference", List.of("chemistry"), "awesome", "Talks fast", 30,
                List.of("Science"), null, List.of("a lab"));
        Person p = people.add(account, draft, LocalDate.now());
        String href = BOOK + "kith-" + p.id() + ".vcf";

        String phone = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:kith-" + p.id() + "\r\nFN:Linus Pauling\r\n"
                + "N:Pauling;Linus;;;\r\nEMAIL;TYPE=INTERNET:linus@example.com\r\nTEL;TYPE=CELL:+1 555 0100\r\n"
                + "ORG:Caltech\r\nBDAY:1901-02-28\r\nEND:VCARD\r\n";
        assertThat(dav.send("PUT", href, phone, "If-Match", dav.send("GET", href, null).header("ETag")).status())
                .isEqualTo(204);

        Person after = people.get(account, p.id());
        assertThat(after.phones()).containsExactly("+1 555 0100");
        assertThat(after.birthday()).isEqualTo("1901-02-28");
        assertThat(after.topics()).containsExactly("chemistry");
        assertThat(after.circles()).extracting(Person.CircleRef::name).containsExactly("Science");
        assertThat(after.ownRhythmDays()).isEqualTo(30);
        assertThat(after.howWeMet()).isEqualTo("At a conference");
        assertThat(after.lookingFor()).containsExactly("a lab");
        assertThat(after.notes()).as("a card without NOTE leaves the notes").isEqualTo("Talks fast");
    }

    @Test
    void syncCollectionGivesEverythingThenOnlyWhatChangedAndWhatWasDeleted() {
        Person a = people.add(account, PersonDraft.named("Marie Curie"), LocalDate.now());
        Person b = people.add(account, PersonDraft.named("Pierre Curie"), LocalDate.now());
        Dav.Reply initial = dav.report(BOOK, sync(""));
        assertThat(initial.status()).isEqualTo(207);
        assertThat(initial.body()).contains("kith-" + a.id() + ".vcf", "kith-" + b.id() + ".vcf");
        String token = token(initial.body());

        Dav.Reply nothing = dav.report(BOOK, sync(token));
        assertThat(nothing.body()).doesNotContain("<d:response>");
        assertThat(token(nothing.body())).isEqualTo(token);

        people.update(account, a.id(), a.toDraft().withName("Marie Skłodowska-Curie"));
        people.delete(account, b.id());
        Dav.Reply changes = dav.report(BOOK, sync(token));
        assertThat(changes.body()).contains("<d:href>" + BOOK + "kith-" + a.id() + ".vcf</d:href><d:propstat>")
                .contains("<d:href>" + BOOK + "kith-" + b.id() + ".vcf</d:href><d:status>HTTP/1.1 404 Not Found</d:status>");
        assertThat(token(changes.body())).isNotEqualTo(token);
    }

    @Test
    void anUnknownSyncTokenIsRefusedWithValidSyncToken() {
        Dav.Reply reply = dav.report(BOOK, sync("urn:kith:sync:999999"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.body()).contains("<d:valid-sync-token/>");
        assertThat(dav.report(BOOK, sync("http://elsewhere/1")).status()).isEqualTo(403);
    }

    @Test
    void multigetGivesTheCardsAskedForAnd404ForOthers() {
        Person a = people.add(account, PersonDraft.named("Rosalind Franklin"), LocalDate.now());
        String body = """
                <?xml version="1.0" encoding="UTF-8"?>
                <C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:prop><D:getetag/><C:address-data/></D:prop>
                  <D:href>%skith-%d.vcf</D:href>
                  <D:href>%snobody.vcf</D:href>
                </C:addressbook-multiget>
                """.formatted(BOOK, a.id(), BOOK);
        Dav.Reply reply = dav.report(BOOK, body);
        assertThat(reply.status()).isEqualTo(207);
        assertThat(reply.body()).contains("FN:Rosalind Franklin").contains("<d:getetag>&quot;")
                .contains("<d:href>" + BOOK + "nobody.vcf</d:href><d:status>HTTP/1.1 404 Not Found</d:status>");
    }

    @Test
    void addressbookQueryFindsByEmailAndWithoutAFilterFindsAll() {
        people.add(account, new PersonDraft("Alan Turing", List.of("alan@example.com"), null, null, null, null, null,
                null, null, null, null, null, null, null, null), LocalDate.now());
        people.add(account, PersonDraft.named("Kurt Gödel"), LocalDate.now());
        String byEmail = """
                <?xml version="1.0" encoding="utf-8"?>
                <C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:prop><D:getetag/><C:address-data/></D:prop>
                  <C:filter test="anyof">
                    <C:prop-filter name="EMAIL"><C:text-match collation="i;unicode-casemap" match-type="contains">ALAN@</C:text-match></C:prop-filter>
                  </C:filter>
                </C:addressbook-query>
                """;
        assertThat(dav.report(BOOK, byEmail).body()).contains("Alan Turing").doesNotContain("Gödel");
        String all = """
                <?xml version="1.0" encoding="utf-8"?>
                <C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:prop><D:getetag/></D:prop>
                </C:addressbook-query>
                """;
        assertThat(dav.report(BOOK, all).body().split("<d:response>")).hasSize(3);
    }

    @Test
    void aCardDeletedOnThePhoneGoesToKithsTrash() {
        Person p = people.add(account, PersonDraft.named("Emmy Noether"), LocalDate.now());
        Dav.Reply reply = dav.send("DELETE", BOOK + "kith-" + p.id() + ".vcf", null);
        assertThat(reply.status()).isEqualTo(204);
        assertThat(people.recentlyDeleted(account, p.id())).isPresent();
        assertThat(dav.send("GET", BOOK + "kith-" + p.id() + ".vcf", null).status()).isEqualTo(404);
        people.restore(account, p.id());
        assertThat(dav.send("GET", BOOK + "kith-" + p.id() + ".vcf", null).status()).isEqualTo(200);
    }

    @Test
    void anotherAccountsCardIsNotFound() {
        Person p = people.add(account, PersonDraft.named("Private Person"), LocalDate.now());
        String other = "other-" + UUID.randomUUID() + "@example.com";
        long otherId = accounts.create(other, "another long password").account().id();
        Dav stranger = new Dav(port, other, appPasswords.create(otherId, "Pixel").password());
        assertThat(stranger.send("GET", BOOK + "kith-" + p.id() + ".vcf", null).status()).isEqualTo(404);
        assertThat(stranger.send("DELETE", BOOK + "kith-" + p.id() + ".vcf", null).status()).isEqualTo(404);
        assertThat(people.get(account, p.id()).name()).isEqualTo("Private Person");
    }

    @Test
    void aBodyWithADoctypeIsRefusedSoEntitiesNeverExpand() {
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&lol3;</D:displayname></D:prop></D:propfind>
                """;
        assertThat(dav.propfind(BOOK, "0", laughs).status()).isEqualTo(400);
        String external = """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <D:propfind xmlns:D="DAV:"><D:prop><D:displayname>&xxe;</D:displayname></D:prop></D:propfind>
                """;
        Dav.Reply reply = dav.propfind(BOOK, "0", external);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).doesNotContain("root:");
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        String huge = "<D:propfind xmlns:D=\"DAV:\">" + "x".repeat(2 << 20) + "</D:propfind>";
        assertThat(dav.propfind(BOOK, "0", huge).status()).isEqualTo(413);
    }

    /** iOS and macOS Contacts: the first PROPFIND on the server's root. */
    static final String IOS_PRINCIPAL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <A:propfind xmlns:A="DAV:">
              <A:prop>
                <A:current-user-principal/>
                <A:principal-URL/>
                <A:resourcetype/>
              </A:prop>
            </A:propfind>
            """;

    /** DAVx5: the principal's address book home. */
    static final String DAVX5_HOME_SET = """
            <?xml version="1.0" encoding="UTF-8"?>
            <propfind xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav">
              <prop><CARD:addressbook-home-set/><displayname/></prop>
            </propfind>
            """;

    /** DAVx5: the address books in the home. */
    static final String DAVX5_ADDRESS_BOOKS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <propfind xmlns="DAV:" xmlns:CARD="urn:ietf:params:xml:ns:carddav" xmlns:CS="http://calendarserver.org/ns/">
              <prop>
                <resourcetype/><displayname/><owner/><current-user-privilege-set/>
                <CARD:addressbook-description/><CARD:supported-address-data/>
                <CS:getctag/><sync-token/><supported-report-set/>
              </prop>
            </propfind>
            """;

    static String sync(String token) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <D:sync-collection xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:sync-token>%s</D:sync-token>
                  <D:sync-level>1</D:sync-level>
                  <D:prop><D:getetag/></D:prop>
                </D:sync-collection>
                """.formatted(token);
    }

    static String card(String uid, String name, String email) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\nUID:" + uid + "\r\nFN:" + name
                + "\r\nN:" + name.substring(name.lastIndexOf(' ') + 1) + ";" + name.substring(0, name.lastIndexOf(' '))
                + ";;;\r\nEMAIL;TYPE=INTERNET;TYPE=HOME:" + email + "\r\nEND:VCARD\r\n";
    }

    private static String token(String body) {
        Matcher m = Pattern.compile("<d:sync-token>([^<]*)</d:sync-token>").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

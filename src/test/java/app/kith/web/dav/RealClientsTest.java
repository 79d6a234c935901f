package app.kith.web.dav;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.account.Accounts;
import app.kith.account.AppPasswords;
import app.kith.api.ServerTest;
import app.kith.circle.Circles;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.person.PersonDraft;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real clients against the real server: Debian's vdirsyncer syncs the address book both ways with
 * a folder of vCards, and khard reads and edits that folder, as someone syncing a phone would.
 */
@ServerTest
class RealClientsTest {

    private static final String VDIRSYNCER = "/usr/bin/vdirsyncer";
    private static final String KHARD = "/usr/bin/khard";

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

    @TempDir
    Path home;

    @Test
    void vdirsyncerAndKhardSyncBothWaysAndKithKeepsWhatOnlyItKnows() throws IOException {
        String email = "khard-" + UUID.randomUUID() + "@example.com";
        long account = accounts.create(email, "the account's own password").account().id();
        String password = appPasswords.create(account, "laptop").password();
        circles.add(account, "Science", 60);
        Person linus = people.add(account, new PersonDraft("Linus Pauling", List.of("linus@example.com"),
                List.of("+1 555 0100"), "Caltech", null, null, null, null, "At a conference", List.of("chemistry"),
                null, "Talks fast", null, List.of("Science"), null), LocalDate.now());
        Person marie = people.add(account, PersonDraft.named("Marie Curie"), LocalDate.now());

        Path contacts = home.resolve("contacts");
        Files.createDirectories(contacts.resolve("contacts"));
        Path vdir = write("vdirsyncer.conf", """
                [general]
                status_path = "%s/status/"

                [pair contacts]
                a = "local"
                b = "remote"
                collections = ["from b"]
                conflict_resolution = "b wins"

                [storage local]
                type = "filesystem"
                path = "%s/"
                fileext = ".vcf"

                [storage remote]
                type = "carddav"
                url = "http://localhost:%d/dav/"
                username = "%s"
                password = "%s"
                """.formatted(home, contacts, port, email, password));
        Path khard = write("khard.conf", """
                [addressbooks]
                [[kith]]
                path = %s/contacts/
                [general]
                default_action = list
                editor = /bin/true
                merge_editor = /bin/true
                [contact table]
                display = formatted_name
                """.formatted(contacts));
        Command cmd = new Command(home);

        cmd.ok("y\ny\n", VDIRSYNCER, "-c", vdir.toString(), "discover");
        cmd.ok("", VDIRSYNCER, "-c", vdir.toString(), "sync");
        assertThat(cards(contacts)).hasSize(2);
        assertThat(cmd.ok("", KHARD, "-c", khard.toString(), "list")).contains("Linus Pauling", "Marie Curie");

        // On the "phone": a new contact, a changed number, a deleted contact.
        write("hedy.yaml", "Formatted name : Hedy Lamarr\nFirst name : Hedy\nLast name : Lamarr\n"
                + "Email :\n    home : hedy@example.com\n");
        cmd.ok("", KHARD, "-c", khard.toString(), "new", "-a", "kith", "-i", home.resolve("hedy.yaml").toString());
        Path linusYaml = home.resolve("linus.yaml");
        cmd.ok("", KHARD, "-c", khard.toString(), "show", "--format", "yaml", "-o", linusYaml.toString(), "Linus");
        Files.writeString(linusYaml, Files.readString(linusYaml).replace("+1 555 0100", "+1 555 0199"));
        cmd.ok("y\n", KHARD, "-c", khard.toString(), "edit", "-i", linusYaml.toString(), "Linus");
        cmd.ok("", KHARD, "-c", khard.toString(), "remove", "--force", "Marie");
        cmd.ok("", VDIRSYNCER, "-c", vdir.toString(), "sync");

        assertThat(people.search(account, null, 10, 0)).extracting(Person::name)
                .containsExactlyInAnyOrder("Hedy Lamarr", "Linus Pauling");
        Person after = people.get(account, linus.id());
        assertThat(after.phones()).containsExactly("+1 555 0199");
        assertThat(after.topics()).containsExactly("chemistry");
        assertThat(after.howWeMet()).isEqualTo("At a conference");
        assertThat(after.circles()).extracting(Person.CircleRef::name).containsExactly("Science");
        assertThat(people.recentlyDeleted(account, marie.id())).as("a contact deleted on the phone is in Kith's trash")
                .isPresent();

        // In Kith: a new job; after the next sync the folder has it.
        people.update(account, linus.id(), after.toDraft().withName("Linus C. Pauling"));
        cmd.ok("", VDIRSYNCER, "-c", vdir.toString(), "sync");
        assertThat(cmd.ok("", KHARD, "-c", khard.toString(), "list")).contains("Linus C. Pauling", "Hedy Lamarr")
                .doesNotContain("Marie Curie");
        assertThat(cards(contacts)).hasSize(2);

        // A second sync with nothing changed writes nothing on either side.
        String quiet = cmd.ok("", VDIRSYNCER, "-c", vdir.toString(), "sync");
        assertThat(quiet).doesNotContain("Copying", "Updating", "Deleting");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(home.resolve(name), text);
    }

    private static List<Path> cards(Path contacts) throws IOException {
        try (Stream<Path> files = Files.list(contacts.resolve("contacts"))) {
            return files.filter(f -> f.toString().endsWith(".vcf")).toList();
        }
    }
}

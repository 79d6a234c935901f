package app.kith.cli;

import app.kith.Counts;
import app.kith.Invalid;
import app.kith.io.ImportFormat;
import app.kith.io.ImportOptions;
import app.kith.io.ImportResult;
import app.kith.io.Imports;
import app.kith.io.LinkedInMessages;
import app.kith.mail.MboxResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Bring people in from a contacts file: linkedin (LinkedIn's Connections.csv), vcard (a .vcf of"
                + " one or many cards from Apple, Google, Android, Outlook or Thunderbird; their groups become circles),"
                + " google (Google Contacts' CSV export), outlook (Outlook's CSV export), or csv (any CSV with a header"
                + " line: say which column holds what with --map, or check the guess with --dry-run); or json, a Kith"
                + " export (kith export json) restored whole into an empty Kith.",
                "linkedin-messages (LinkedIn's messages.csv) brings in conversation history instead of people: each"
                        + " message between you and a person in Kith becomes a touchpoint (channel message; out when you"
                        + " wrote, in when they did), at most one per person, day and direction, never with its text."
                        + " Correspondents are found by LinkedIn profile, else by a full name only one person has;"
                        + " others are left out and counted. You are the sender whose profile is in every conversation"
                        + " (the account that exported it), or whoever --me says. Importing it again, or a later export,"
                        + " logs nothing twice.",
                "Someone already in Kith (same email, LinkedIn profile or phone) is updated with what the file adds"
                        + " (a newer role, company or town replaces the old one, and is kept on their timeline), never"
                        + " made twice; rows about one person are merged. A value Kith cannot take (an email, phone,"
                        + " birthday or LinkedIn address that is not one) is left out, and said, never the person. A"
                        + " vCard group card becomes a circle its members join. Everything is written in one go, or"
                        + " nothing is.",
                "mbox (a mail export: Thunderbird, Apple Mail, Google Takeout) brings in touchpoints from message"
                        + " headers, as a connected mailbox does (kith mailbox): out to the people you wrote to (mail"
                        + " from your account's address, --me, or labelled Sent), in from people who wrote; each"
                        + " message once, never its subject or text."},
        footer = {"", "Examples:", "  kith import linkedin Connections.csv --dry-run",
                "  kith import linkedin Connections.csv --circle Quarterly", "  kith import vcard contacts.vcf",
                "  kith import linkedin-messages messages.csv --dry-run",
                "  kith import mbox All-mail.mbox --me ada@gmail.com,ada@work.example --dry-run",
                "  kith import google contacts.csv", "  kith import csv people.csv --dry-run",
                "  kith import csv people.csv --map name=\"Full Name\" --map emails=Email --map circles=Tags",
                "  kith export json backup.json, then elsewhere: kith import json backup.json --data NEW"})
final class ImportCommand extends KithCommand {

    @Parameters(index = "0", paramLabel = "FORMAT", description = "linkedin, vcard, google, outlook, csv, json, linkedin-messages or mbox")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--circle", paramLabel = "NAME",
            description = "The circle (and so the rhythm) the new people join; by default none, so they do not all fall due at once.")
    String circle;

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", description = "For csv: the column a field is read from"
            + " (name, firstName, lastName, emails, phones, company, role, location, linkedinUrl, birthday, howWeMet,"
            + " topics, notes, circles); repeat it. Without it the columns are guessed from their names.")
    Map<String, String> map = new LinkedHashMap<>();

    @Option(names = "--me", paramLabel = "URL|NAME|ADDRESSES", description = "For linkedin-messages: you, as your"
            + " LinkedIn profile address or your name as LinkedIn writes it; by default the sender whose profile is in"
            + " every conversation. For mbox: your email addresses, comma-separated, besides the account's.")
    String me;

    @Option(names = "--dry-run", description = "Only say what the import would do; write nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    void run() {
        if ("linkedin-messages".equalsIgnoreCase(format.strip())) {
            messages();
            return;
        }
        if ("mbox".equalsIgnoreCase(format.strip())) {
            mbox();
            return;
        }
        if (me != null) {
            throw new Invalid("--me", "--me is for kith import linkedin-messages");
        }
        ImportFormat kind = ImportFormat.parse("FORMAT", format);
        if (!map.isEmpty() && kind != ImportFormat.CSV) {
            throw new Invalid("--map", "--map is for kith import csv: a " + kind.key() + " file's columns are known");
        }
        Imports imports = kith().imports();
        ImportOptions options = new ImportOptions(circle, map);
        ImportResult result = read(in -> dryRun ? imports.preview(accountId(), kind, in, options)
                : imports.apply(accountId(), kind, in, options, today(), new Progress()));
        if (json) {
            out().println(Json.write(result));
            return;
        }
        print(result);
    }

    private void messages() {
        touchpointsOnly("linkedin-messages");
        LinkedInMessages.Result r;
        try {
            r = read(in -> kith().imports().linkedInMessages().run(accountId(), in, me, dryRun));
        } catch (Invalid e) {
            throw e.field().equals("me") ? new Invalid("--me", e.getMessage() + " with --me") : e;
        }
        if (json) {
            out().println(Json.write(r));
            return;
        }
        out().printf(Locale.ROOT, "%s %s with %s from %s (%,d out, %,d in); %s; %,d already imported.%n",
                r.applied() ? "Logged" : "Would log (dry run, nothing written)",
                Counts.noun(r.touchpoints(), "touchpoint", "touchpoints"), Counts.noun(r.people(), "person", "people"),
                Counts.noun(r.messages(), "message", "messages"), r.out(), r.in(),
                Counts.noun(r.unknownConversations(), "conversation", "conversations") + " with people not in Kith",
                r.alreadyImported());
        if (!r.me().isEmpty() && me == null) {
            out().println("You are " + r.me() + " (the one in every conversation; say otherwise with --me).");
        }
        if (!r.applied()) {
            out().println("Import it: kith import linkedin-messages " + file + (me == null ? "" : " --me \"" + me + "\""));
        }
    }

    private void mbox() {
        touchpointsOnly("mbox");
        List<String> mine = me == null ? List.of() : Arrays.stream(me.split(",")).map(String::strip)
                .filter(m -> !m.isEmpty()).toList();
        MboxResult r = read(in -> session().mailboxes().importMbox(accountId(), in, mine, dryRun));
        if (json) {
            out().println(Json.write(r));
            return;
        }
        out().printf(Locale.ROOT, "%s %s with %s from %s (%,d already imported or from the mailbox).%n",
                r.applied() ? "Logged" : "Would log (dry run, nothing written)",
                Counts.noun(r.touchpoints(), "touchpoint", "touchpoints"), Counts.noun(r.people(), "person", "people"),
                Counts.noun(r.read(), "message", "messages"), r.read() - r.fresh());
        if (!r.applied()) {
            out().println("Import it: kith import mbox " + file + (me == null ? "" : " --me " + me));
        }
    }

    /** Conversation history and mail give touchpoints: the options about people make no sense there. */
    private void touchpointsOnly(String kind) {
        if (circle != null || !map.isEmpty()) {
            throw new Invalid(circle != null ? "--circle" : "--map", kind + " brings in touchpoints, not people:"
                    + " --circle and --map are for the other formats");
        }
    }

    private interface Reading<T> {
        T from(InputStream in) throws IOException;
    }

    /** The file, read by {@code reading}; a missing or unreadable file said as such. */
    private <T> T read(Reading<T> reading) {
        try (InputStream in = Files.newInputStream(file)) {
            return reading.from(in);
        } catch (NoSuchFileException e) {
            throw new Invalid("FILE", "no file " + file);
        } catch (IOException e) {
            throw new Invalid("FILE", "cannot read " + file + ": " + e.getMessage());
        }
    }

    private void print(ImportResult r) {
        out().printf(Locale.ROOT, "%s %s: %s; %s.%n", r.applied() ? "Imported" : "Would import (dry run, nothing written)",
                file.getFileName(), Counts.noun(r.read(), "row read", "rows read"), Counts.of()
                        .add(r.created(), r.applied() ? "created" : "to create").add(r.updated(), "updated")
                        .add(r.merged(), "merged into an earlier row").add(r.unchanged(), "already in Kith")
                        .add(r.skippedCount(), "skipped").or("nothing to import"));
        if (r.mapping() != null) {
            out().println((map.isEmpty() ? "Columns guessed: " : "Columns: ") + r.mapping().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")));
        }
        if (!r.newCircles().isEmpty()) {
            out().println((r.applied() ? "New circles (no rhythm yet): " : "New circles it would make: ")
                    + String.join(", ", r.newCircles()));
        }
        r.groups().forEach(g -> out().println(g.sentence()));
        if (!r.changed().isEmpty()) {
            out().println(r.applied() ? "Changed:" : "Would change:");
            r.changed().stream().limit(50).forEach(c -> out().println("  " + c.name() + " (#" + c.personId() + "): "
                    + String.join(", ", c.changes())));
            more(r.updated(), 50, ImportResult.MAX_ROWS);
        }
        if (!r.dropped().isEmpty()) {
            out().println(r.applied() ? "Imported without:" : "Would be imported without:");
            r.dropped().stream().limit(50).forEach(d -> out().println("  line " + d.line() + " (" + d.name() + "): "
                    + d.sentence()));
            more(r.droppedCount(), 50, ImportResult.MAX_SKIPPED);
        }
        if (!r.skipped().isEmpty()) {
            out().println("Skipped:");
            r.skipped().stream().limit(50).forEach(s -> out().println("  " + s.sentence()));
            more(r.skippedCount(), 50, ImportResult.MAX_SKIPPED);
        }
        if (r.applied() && r.created() > 0) {
            int pairs = kith().duplicates().duplicates(accountId()).size();
            if (pairs > 0) {
                out().printf(Locale.ROOT, "%,d %s of people look like one person entered twice: kith dupes%n", pairs,
                        pairs == 1 ? "pair" : "pairs");
            }
        }
        if (!r.applied()) {
            out().println("Import it: kith import " + r.format() + " " + file + (circle == null ? "" : " --circle \"" + circle + "\"")
                    + mapOptions(r.mapping()));
        } else if (r.created() > 0 && circle == null) {
            out().println("The new people have no rhythm yet, so none of them is due. Give them one a few at a time"
                    + " (kith edit NAME --circle Quarterly), a circle of theirs a rhythm (kith circle set NAME --every 90),"
                    + " or import with --circle.");
        }
    }

    /** "… and 12 more" under a list cut at {@code shown}. */
    private void more(int count, int shown, int listed) {
        if (count > shown) {
            out().printf(Locale.ROOT, "  … and %,d more (--json lists the first %,d)%n", count - shown, listed);
        }
    }

    /** The mapping as the options that repeat it, so the import can be run as it was checked. */
    private static String mapOptions(Map<String, String> mapping) {
        return mapping == null ? "" : mapping.entrySet().stream()
                .map(e -> " --map " + e.getKey() + "=\"" + e.getValue() + "\"").collect(Collectors.joining());
    }

    /** A line on standard error while a large file is read and written. */
    private final class Progress implements Imports.Progress {
        private final boolean terminal = System.console() != null;

        @Override
        public void report(String stage, long done, long total) {
            if (stage.equals("taking back")) {
                err().println((terminal ? "\r\033[K" : "") + "the import failed; taking back what it wrote…");
                err().flush();
                return;
            }
            if (stage.equals("indexing")) {
                return; // a second or two even for 30,000 people, after the last "writing" line
            }
            if (stage.equals("reading") ? done < 5_000 || (done % 5_000 != 0 && done != total) : total < 5_000) {
                return; // a small file is done before a progress line would help
            }
            String line = stage.equals("reading") ? String.format(Locale.ROOT, "read %,d rows…", done)
                    : String.format(Locale.ROOT, "writing people %,d / %,d…", done, total);
            if (terminal) {
                boolean last = stage.equals("writing") && done == total;
                err().print("\r\033[K" + line + (last ? System.lineSeparator() : ""));
                err().flush();
            } else {
                err().println(line);
            }
        }
    }
}

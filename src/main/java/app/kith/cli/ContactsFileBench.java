package app.kith.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes a made-up contacts file to time imports on: a LinkedIn export or a vCard 3.0 file of many
 * cards, as those apps write them, the same for the same seed.
 */
@Command(name = "contacts-file", mixinStandardHelpOptions = true,
        description = {"Write a made-up contacts file to time imports on (bench/run uses it):",
                "linkedin: a Connections.csv with LinkedIn's notes and columns; vcard: vCard 3.0 cards."})
final class ContactsFileBench extends KithCommand {

    private static final List<String> FIRST = List.of("Ada", "Grace", "Sam", "Priya", "José", "Lena", "Marcin", "Yui",
            "Tobias", "Ngozi", "Ren", "Elena", "Omar", "Fatima", "Lars", "Chloé", "Björn", "Aiko");
    private static final List<String> LAST = List.of("Lovelace", "Hopper", "Okafor", "Raman", "Núñez", "Schmidt", "Nowak",
            "Kobayashi", "Ali", "Mensah", "Hayashi", "Flores", "Berg", "O'Neill", "Dubois", "Søndergaard");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec");

    @Parameters(index = "0", paramLabel = "FORMAT", description = "linkedin or vcard")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "Where to write it.")
    Path file;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "30000", description = "How many contacts (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Another seed, other contacts (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    void run() {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            if (format.equals("linkedin")) {
                out.write("\uFEFFNotes:\r\n\"When exporting your connection data, you may notice that some of the email"
                        + " addresses are missing.\"\r\n\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n");
            } else if (!format.equals("vcard")) {
                throw new app.kith.Invalid("FORMAT", "FORMAT must be linkedin or vcard, not \"" + format + "\"");
            }
            for (int i = 0; i < rows; i++) {
                String first = FIRST.get(random.nextInt(FIRST.size()));
                String last = LAST.get(random.nextInt(LAST.size()));
                String slug = (first + "-" + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "") + "-" + i;
                String email = random.nextInt(100) < 15 ? slug + "@example.com" : "";
                String company = "Company " + random.nextInt(700) + ", Ltd";
                String role = "Role " + random.nextInt(50);
                out.write(format.equals("linkedin")
                        ? String.format(Locale.ROOT, "%s,%s,https://www.linkedin.com/in/%s,%s,\"%s\",%s,%d %s %d\r\n",
                                first, last, slug, email, company, role, 1 + random.nextInt(28),
                                MONTHS.get(random.nextInt(12)), 2010 + random.nextInt(16))
                        : vcard(first, last, slug, email, company, role, random));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out().printf(Locale.ROOT, "Wrote %,d %s contacts to %s%n", rows, format, file);
    }

    private static String vcard(String first, String last, String slug, String email, String company, String role,
                                SplittableRandom random) {
        StringBuilder card = new StringBuilder("BEGIN:VCARD\r\nVERSION:3.0\r\n");
        card.append("N:").append(last.replace(",", "\\,")).append(';').append(first).append(";;;\r\n");
        card.append("FN:").append(first).append(' ').append(last).append("\r\n");
        card.append("ORG:").append(company.replace(",", "\\,")).append("\r\nTITLE:").append(role).append("\r\n");
        if (!email.isEmpty()) {
            card.append("EMAIL;TYPE=INTERNET:").append(email).append("\r\n");
        }
        card.append("TEL;TYPE=CELL:+44 20 ").append(1000 + random.nextInt(9000)).append(' ')
                .append(1000 + random.nextInt(9000)).append("\r\n");
        card.append("URL:https://www.linkedin.com/in/").append(slug).append("\r\n");
        if (random.nextInt(4) == 0) {
            card.append("BDAY:").append(1960 + random.nextInt(45)).append('-')
                    .append(String.format(Locale.ROOT, "%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))).append("\r\n");
        }
        card.append("CATEGORIES:").append(random.nextBoolean() ? "Clients" : "Friends").append("\r\n");
        return card.append("END:VCARD\r\n").toString();
    }
}

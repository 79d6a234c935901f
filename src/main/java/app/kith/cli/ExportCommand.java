package app.kith.cli;

import app.kith.Invalid;
import app.kith.io.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write out everyone: csv (a spreadsheet), vcard (vCard 4.0, for contacts apps) or vcard3"
                + " (vCard 3.0, for older ones); or everything as json (settings, circles, people, touchpoints, asks,"
                + " introductions, your message starters).", "Without FILE it goes to standard output."},
        footer = {"", "Examples:", "  kith export vcard people.vcf", "  kith export vcard clients.vcf --circle Clients", "  kith export csv > people.csv"})
final class ExportCommand extends KithCommand {

    @Parameters(index = "0", paramLabel = "FORMAT", description = "csv, vcard, vcard3 or json")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", arity = "0..1", description = "Where to write it (default: standard output).")
    Path file;

    @Option(names = "--circle", paramLabel = "NAME", description = "Only the people of this circle (csv and vcard).")
    String circle;

    @Override
    void run() {
        ExportFormat kind = ExportFormat.parse("FORMAT", format);
        Long circleId = circle == null ? null : kith().circles().find(accountId(), circle).id();
        kith().exports().check(accountId(), kind, circleId);
        try {
            if (file == null) {
                kith().exports().write(accountId(), kind, circleId, out());
                return;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                kith().exports().write(accountId(), kind, circleId, out);
            }
        } catch (IOException e) {
            throw new Invalid("FILE", "cannot write " + file + ": " + e.getMessage());
        }
        err().println("Wrote " + (kind == ExportFormat.JSON ? "everything of " + kith().people().count(accountId()) + " people"
                : circle == null ? kith().people().count(accountId()) + " people" : "the circle " + circle) + " to " + file);
    }
}

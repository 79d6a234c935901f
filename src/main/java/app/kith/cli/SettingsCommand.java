package app.kith.cli;

import app.kith.account.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "settings", mixinStandardHelpOptions = true,
        description = "Show settings, or change one: settings capacity N · settings timezone ZONE")
final class SettingsCommand extends KithCommand {

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "capacity or timezone")
    String name;

    @Parameters(paramLabel = "VALUE", arity = "0..1")
    String value;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    void run() {
        if (name != null) {
            if (value == null) {
                throw new Main.Refused("settings " + name + " needs a value, e.g. kith settings capacity 7");
            }
            switch (name) {
                case "capacity" -> kith().accounts().setCapacity(accountId(), parseCapacity(value));
                case "timezone", "time-zone", "timeZone" -> kith().accounts().setTimeZone(accountId(), value);
                default -> throw new Main.Refused("unknown setting \"" + name + "\": capacity or timezone");
            }
        }
        Settings s = session().freshAccount().settings();
        if (json) {
            out().println(Json.write(s));
            return;
        }
        out().println("capacity  " + s.capacity() + " people a day on Today");
        out().println("timezone  " + s.timeZone().getId());
    }

    private static int parseCapacity(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new app.kith.Invalid("capacity", "capacity must be a whole number, not \"" + text + "\"");
        }
    }
}

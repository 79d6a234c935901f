package app.kith.cli;

import app.kith.account.Settings;
import app.kith.account.SettingsChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show settings, or change one: settings capacity N · settings timezone ZONE",
                "· settings follow-up-days N · settings follow-ups-before-drop N · settings intro-follow-up-days N"})
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
                case "capacity" -> kith().accounts().setCapacity(accountId(), number("capacity", value));
                case "timezone", "time-zone", "timeZone" -> kith().accounts().setTimeZone(accountId(), value);
                case "follow-up-days" -> kith().accounts().changeSettings(accountId(),
                        new SettingsChange(null, null, number("follow-up-days", value), null, null));
                case "follow-ups-before-drop" -> kith().accounts().changeSettings(accountId(),
                        new SettingsChange(null, null, null, number("follow-ups-before-drop", value), null));
                case "intro-follow-up-days" -> kith().accounts().changeSettings(accountId(),
                        new SettingsChange(null, null, null, null, number("intro-follow-up-days", value)));
                default -> throw new Main.Refused("unknown setting \"" + name + "\": capacity, timezone, follow-up-days, "
                        + "follow-ups-before-drop or intro-follow-up-days");
            }
        }
        Settings s = session().freshAccount().settings();
        if (json) {
            out().println(Json.write(s));
            return;
        }
        out().println("capacity                " + s.capacity() + " items a day on Today");
        out().println("timezone                " + s.timeZone().getId());
        out().println("follow-up-days          " + s.followUpDays() + " days without an answer before an ask comes back");
        out().println("follow-ups-before-drop  " + s.followUpsBeforeDrop() + " follow-ups before Kith suggests dropping an ask");
        out().println("intro-follow-up-days    " + s.introFollowUpDays() + " days after an introduction to ask how it went");
    }

    private static int number(String setting, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new app.kith.Invalid(setting, setting + " must be a whole number, not \"" + text + "\"");
        }
    }
}

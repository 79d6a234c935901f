package app.kith.cli;

import app.kith.Invalid;
import app.kith.account.Settings;
import app.kith.account.SettingsChange;
import app.kith.person.Rhythms;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show settings, or change one: settings capacity N · settings timezone ZONE",
                "· settings default-rhythm DAYS|none · settings follow-up-share PERCENT · settings reply-window DAYS",
                "· settings your-name TEXT · settings follow-up-days N · settings follow-ups-before-drop N",
                "· settings intro-follow-up-days N"})
final class SettingsCommand extends KithCommand {

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "The setting to change (see above).")
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
            kith().accounts().changeSettings(accountId(), change(name, value));
        }
        Settings s = session().freshAccount().settings();
        if (json) {
            out().println(Json.write(s));
            return;
        }
        out().println("capacity                " + s.capacity() + " items a day on Today");
        out().println("timezone                " + s.timeZone().getId());
        out().println("default-rhythm          " + (s.defaultRhythmDays() == null
                ? "none: people added without a rhythm or circle are not tracked"
                : s.defaultRhythmDays() + " days (" + Rhythms.inWords(s.defaultRhythmDays())
                        + ") for people added without a rhythm or circle"));
        out().println("follow-up-share         " + s.followUpShare() + "% of Today at most for follow-ups while people are "
                + "due (" + s.followUpSlots() + " of " + s.capacity() + ")");
        out().println("reply-window            " + s.replyWindowDays() + " days: someone who reached out longer ago is "
                + "no longer on Today");
        out().println("your-name               " + (s.yourName() == null ? "(not set)" : s.yourName()));
        out().println("follow-up-days          " + s.followUpDays() + " days without an answer before an ask comes back");
        out().println("follow-ups-before-drop  " + s.followUpsBeforeDrop() + " follow-ups before Kith suggests dropping an ask");
        out().println("intro-follow-up-days    " + s.introFollowUpDays() + " days after an introduction to ask how it went");
    }

    private static SettingsChange change(String name, String value) {
        return switch (name) {
            case "capacity" -> new SettingsChange(number(name, value), null, null, null, null);
            case "timezone", "time-zone", "timeZone" -> new SettingsChange(null, value, null, null, null);
            case "default-rhythm" -> SettingsChange.defaultRhythm(
                    value.strip().toLowerCase(Locale.ROOT).equals("none") ? null : number(name, value));
            case "follow-up-share" -> SettingsChange.followUpShare(number(name, value.strip().replaceFirst("%$", "")));
            case "reply-window" -> SettingsChange.replyWindow(number(name, value));
            case "your-name" -> SettingsChange.yourName(value);
            case "follow-up-days" -> new SettingsChange(null, null, number(name, value), null, null);
            case "follow-ups-before-drop" -> new SettingsChange(null, null, null, number(name, value), null);
            case "intro-follow-up-days" -> new SettingsChange(null, null, null, null, number(name, value));
            default -> throw new Main.Refused("unknown setting \"" + name + "\": capacity, timezone, default-rhythm, "
                    + "follow-up-share, reply-window, your-name, follow-up-days, follow-ups-before-drop or "
                    + "intro-follow-up-days");
        };
    }

    private static int number(String setting, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Invalid(setting, setting + " must be a whole number, not \"" + text + "\"");
        }
    }
}

package app.kith.web;

import app.kith.NotFound;
import app.kith.message.Message;
import app.kith.message.MessageContext;
import app.kith.message.Messages;
import app.kith.message.Template;
import app.kith.person.Person;
import app.kith.touchpoint.Touchpoint;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Today's message starters, filled from what Kith knows: for someone due a check-in (their first
 * name, how you met, the note of your last touchpoint and how long ago it was), for an ask a
 * follow-up (what you asked and how long ago), for an introduction the message of its step (to one
 * side, asking whether they would like to meet the other; to both, the introduction itself; to
 * both again, how it went). Each is signed with {@code me}, the user's name from Settings (null: unsigned).
 */
public final class Starters {

    private Starters() {
    }

    /**
     * With the template {@code key} among the account's check-ins (NotFound when it is not one of
     * them), or the first of them when it is null.
     */
    public static StarterView checkIn(List<Template> checkIns, String key, Person person, Touchpoint last, LocalDate planDay,
                                String me) {
        MessageContext context = MessageContext.to(person.name(), person.emails().stream().limit(1).toList())
                .withHistory(person.howWeMet(), last == null ? null : last.note(), daysSince(last == null ? null : last.on(),
                        planDay));
        return of(String.valueOf(person.id()), "A message to start with (edit it, then copy or email)",
                "/today/" + person.id() + "/starter?date=" + planDay, checkIns, key, context.signedBy(me));
    }

    /**
     * An answer to someone who reached out on {@code wroteOn} about {@code about} (the note of
     * their touchpoint, or null), from the account's reply templates, like {@link #checkIn}.
     */
    public static StarterView reply(List<Template> replies, String key, Person person, String about, LocalDate wroteOn,
                             LocalDate planDay, String me) {
        MessageContext context = MessageContext.to(person.name(), person.emails().stream().limit(1).toList())
                .withHistory(person.howWeMet(), about, daysSince(wroteOn, planDay));
        return of("reply-" + person.id(), "A reply to start with (edit it, then copy or email)",
                "/today/" + person.id() + "/starter?kind=reply&date=" + planDay, replies, key, context.signedBy(me));
    }

    /** A birthday wish, with how long since you were last in touch ({@code last}: before the day, or null). */
    public static StarterView birthday(List<Template> wishes, String key, Person person, Touchpoint last, LocalDate planDay,
                                 String me) {
        MessageContext context = MessageContext.to(person.name(), person.emails().stream().limit(1).toList())
                .withHistory(person.howWeMet(), last == null ? null : last.note(),
                        daysSince(last == null ? null : last.on(), planDay));
        return of("birthday-" + person.id(), "A birthday message to start with (edit it, then copy or email)",
                "/today/" + person.id() + "/starter?kind=birthday&date=" + planDay, wishes, key, context.signedBy(me));
    }

    /**
     * A congratulation on {@code newJob} ("Staff Engineer at Stripe", null: not known), with how
     * long since you were last in touch ({@code last}: before the day, or null).
     */
    public static StarterView congratulation(List<Template> congratulations, String key, Person person, String newJob,
                                             Touchpoint last, LocalDate planDay, String me) {
        MessageContext context = MessageContext.to(person.name(), person.emails().stream().limit(1).toList())
                .withHistory(person.howWeMet(), last == null ? null : last.note(),
                        daysSince(last == null ? null : last.on(), planDay)).withNewJob(newJob);
        return of("congratulation-" + person.id(), "A congratulation to start with (edit it, then copy or email)",
                "/today/" + person.id() + "/starter?kind=congratulation&date=" + planDay, congratulations, key, context.signedBy(me));
    }

    /** A follow-up of an ask, from the account's follow-up templates, like {@link #checkIn}. */
    public static StarterView followUp(List<Template> followUps, String key, Person person, long askId, String ask,
                                LocalDate askedOn, LocalDate planDay, String me) {
        MessageContext context = MessageContext.to(person.name(), person.emails().stream().limit(1).toList())
                .withHistory(person.howWeMet(), null, daysSince(askedOn, planDay)).withAsk(ask);
        return of("ask-" + askId, "A follow-up to start with (edit it, then copy or email)",
                "/today/asks/" + askId + "/starter?date=" + planDay, followUps, key, context.signedBy(me));
    }

    /** One side of an introduction, as its messages need them: name and the address to write to. */
    public record Side(long id, String name, List<String> emails) {
    }

    /** To {@code side}: would they like to meet {@code other}? */
    public static StarterView introOptIn(List<Template> optIns, String key, long introId, Side side, Side other, String reason,
                                   String me) {
        MessageContext context = MessageContext.to(side.name(), side.emails()).withIntroduction(other.name(), reason);
        return of(introSlot(introId, "ask-" + side.id()), "To ask " + Messages.firstName(side.name()) + " whether they'd like to meet "
                + Messages.firstName(other.name()) + " (edit it, then copy or email)",
                introSwitch(introId, "ask-" + side.id()), optIns, key, context.signedBy(me));
    }

    /** To both: the introduction itself. */
    public static StarterView introduction(List<Template> intros, String key, long introId, Side a, Side b, String reason,
                                     String me) {
        MessageContext context = MessageContext.to(a.name(), a.emails()).withIntroduction(b.name(), reason)
                .alsoTo(b.emails());
        return of(introSlot(introId, "introduce"), "The introduction, to both of them (edit it, then copy or email)",
                introSwitch(introId, "introduce"), intros, key, context.signedBy(me));
    }

    /** To both, some time after the introduction: how did it go? */
    public static StarterView introCheck(List<Template> checks, String key, long introId, Side a, Side b, String reason,
                                  LocalDate introducedOn, LocalDate today, String me) {
        MessageContext context = MessageContext.to(a.name(), a.emails()).withIntroduction(b.name(), reason)
                .alsoTo(b.emails()).withHistory(null, null, daysSince(introducedOn, today));
        return of(introSlot(introId, "check"), "To ask them how it went (edit it, then copy or email)",
                introSwitch(introId, "check"), checks, key, context.signedBy(me));
    }

    private static String introSlot(long introId, String slot) {
        return "intro-" + introId + "-" + slot;
    }

    private static String introSwitch(long introId, String slot) {
        return "/introductions/" + introId + "/starter?slot=" + slot;
    }

    private static StarterView of(String id, String label, String switchPath, List<Template> templates, String key,
                                  MessageContext context) {
        Template template = key == null ? templates.get(0) : templates.stream().filter(t -> t.key().equals(key))
                .findFirst().orElseThrow(() -> new NotFound("No such message starter: " + key));
        Message message = Messages.render(template, context);
        return new StarterView(id, label, switchPath, template.key(),
                templates.stream().map(t -> new StarterView.Option(t.key(), t.name())).toList(), message.subject(),
                message.body(), message.mailto());
    }

    private static Integer daysSince(LocalDate day, LocalDate planDay) {
        return day == null ? null : (int) ChronoUnit.DAYS.between(day, planDay);
    }
}

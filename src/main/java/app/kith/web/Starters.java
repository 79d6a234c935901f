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
 * Today's check-in starter for one person, filled from what Kith knows: their first name, how
 * you met, the note of your last touchpoint and how long ago it was.
 */
final class Starters {

    private Starters() {
    }

    /**
     * With the template {@code key} among the account's check-ins (NotFound when it is not one of
     * them), or the first of them when it is null.
     */
    static StarterView checkIn(List<Template> checkIns, String key, Person person, Touchpoint last, LocalDate planDay) {
        Template template = key == null ? checkIns.get(0) : checkIns.stream().filter(t -> t.key().equals(key))
                .findFirst().orElseThrow(() -> new NotFound("No check-in message starter " + key));
        Integer daysSince = last == null ? null : (int) ChronoUnit.DAYS.between(last.on(), planDay);
        MessageContext context = MessageContext.to(person.name(), person.emails().stream().limit(1).toList())
                .withHistory(person.howWeMet(), last == null ? null : last.note(), daysSince);
        Message message = Messages.render(template, context);
        return new StarterView(person.id(), planDay.toString(), template.key(),
                checkIns.stream().map(t -> new StarterView.Option(t.key(), t.name())).toList(), message.subject(),
                message.body(), message.mailto());
    }
}

package app.kith.digest;

import app.kith.account.Account;
import app.kith.message.MessageContext;
import app.kith.message.MessageKind;
import app.kith.message.Messages;
import app.kith.message.Template;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.planner.Planner;
import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Today's plan as the morning email tells it: the items still open, whatever their kind, each
 * with its reason, a message to start with (the account's first template of the kind Today
 * offers for it) and its links; birthdays first, then who to reach out to, then what to follow up.
 */
final class Composer {

    static final DateTimeFormatter HEADING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final String BIRTHDAYS = "Birthdays";
    private static final String REACH_OUT = "Reach out";
    private static final String FOLLOW_UP = "Follow up";

    private final Planner planner;
    private final People people;
    private final Touchpoints touchpoints;
    private final Messages messages;

    Composer(Planner planner, People people, Touchpoints touchpoints, Messages messages) {
        this.planner = planner;
        this.people = people;
        this.touchpoints = touchpoints;
        this.messages = messages;
    }

    DigestView view(Account account, LocalDate day, String base, Links links, Instant now) {
        Today plan = planner.today(account, day, 0);
        List<TodayItem> open = plan.items().stream().filter(i -> !i.done()).toList();
        Map<Long, Person> byId = People.byId(people.get(account.id(),
                open.stream().map(i -> i.person().id()).distinct().toList()));
        Map<MessageKind, List<Template>> templates = new EnumMap<>(MessageKind.class);
        Map<String, List<DigestView.Item>> sections = new LinkedHashMap<>();
        List.of(BIRTHDAYS, REACH_OUT, FOLLOW_UP).forEach(s -> sections.put(s, new ArrayList<>()));
        for (TodayItem item : open) {
            long id = item.person().id();
            Person person = byId.get(id);
            String starter = person == null ? null : starter(account, item, person, day,
                    kind -> templates.computeIfAbsent(kind, k -> messages.templates(account.id(), k)));
            Long askId = item instanceof TodayItem.AskFollowUp ask ? ask.ask().id() : null;
            boolean checksOff = !(item instanceof TodayItem.IntroFollowUp);
            sections.get(section(item)).add(new DigestView.Item(item.person().name(), item.reason(), starter,
                    base + "/people/" + id,
                    checksOff ? base + "/digest/done?t=" + links.done(account.id(), id, askId, now) : null,
                    askId != null ? "Followed up" : "Done"));
        }
        List<DigestView.Section> shown = sections.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new DigestView.Section(e.getKey(), List.copyOf(e.getValue()))).toList();
        String backlog = plan.backlog() == 0 ? null
                : plan.backlog() + (plan.backlog() == 1 ? " more person is" : " more people are") + " due. At "
                        + plan.capacity() + " a day, everyone will have been on a list by "
                        + HEADING.format(plan.backlogClearsOn()) + ".";
        return new DigestView(title(open), HEADING.format(day), shown, backlog, base + "/today",
                base + "/settings#morning-email", base + "/digest/unsubscribe?t=" + links.unsubscribe(account.id(), now));
    }

    /** Who waits today, as a subject line names them: "Ada Lovelace, Sam Ito and 2 more". */
    private static String title(List<TodayItem> open) {
        List<String> names = open.stream().map(i -> i.person().name()).distinct().toList();
        if (names.isEmpty()) {
            return "Nothing on your list today";
        }
        String first = String.join(", ", names.subList(0, Math.min(2, names.size())));
        return "Today: " + first + (names.size() > 2 ? " and " + (names.size() - 2) + " more" : "");
    }

    /** Kinds Kith does not know here (a reminder, a key date…) are people to reach out to. */
    private static String section(TodayItem item) {
        return switch (item.kind()) {
            case "birthday" -> BIRTHDAYS;
            case "ask", "intro" -> FOLLOW_UP;
            default -> REACH_OUT;
        };
    }

    /** As Today's page offers it; an introduction's messages depend on its step, so the app shows those. */
    private String starter(Account account, TodayItem item, Person p, LocalDate day,
                           java.util.function.Function<MessageKind, List<Template>> templates) {
        if (item instanceof TodayItem.IntroFollowUp) {
            return null;
        }
        List<Touchpoint> last = touchpoints.ofPerson(account.id(), p.id(), 1, 0);
        Touchpoint before = last.isEmpty() || !last.get(0).on().isBefore(day) ? null : last.get(0);
        MessageContext context = MessageContext.to(p.name(), p.emails().stream().limit(1).toList());
        MessageKind kind;
        if (item instanceof TodayItem.AskFollowUp ask) {
            kind = MessageKind.FOLLOW_UP;
            context = context.withHistory(p.howWeMet(), null, since(ask.ask().askedOn(), day)).withAsk(ask.ask().text());
        } else if (item instanceof TodayItem.Reply reply) {
            kind = MessageKind.REPLY;
            context = context.withHistory(p.howWeMet(), reply.about(), since(reply.dueOn(), day));
        } else {
            kind = item instanceof TodayItem.Birthday ? MessageKind.BIRTHDAY
                    : item instanceof TodayItem.JobChange ? MessageKind.CONGRATULATION : MessageKind.CHECK_IN;
            context = context.withHistory(p.howWeMet(), before == null ? null : before.note(),
                    since(before == null ? null : before.on(), day));
            if (item instanceof TodayItem.JobChange job) {
                context = context.withNewJob(job.job().newJob());
            }
        }
        List<Template> options = templates.apply(kind);
        return options.isEmpty() ? null
                : Messages.render(options.get(0), context.signedBy(account.settings().yourName())).body();
    }

    private static Integer since(LocalDate day, LocalDate planDay) {
        return day == null ? null : (int) ChronoUnit.DAYS.between(day, planDay);
    }
}

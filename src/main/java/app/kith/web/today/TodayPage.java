package app.kith.web.today;

import app.kith.Fields;
import app.kith.Invalid;
import app.kith.account.Account;
import app.kith.ask.Answer;
import app.kith.ask.Ask;
import app.kith.ask.Asks;
import app.kith.ask.NewAsk;
import app.kith.intro.Introduction;
import app.kith.intro.Introductions;
import app.kith.message.MessageKind;
import app.kith.message.Messages;
import app.kith.message.Template;
import app.kith.offline.SentOnce;
import app.kith.person.Clocks;
import app.kith.person.People;
import app.kith.person.Person;
import app.kith.planner.Action;
import app.kith.planner.Planner;
import app.kith.planner.Today;
import app.kith.planner.TodayItem;
import app.kith.touchpoint.Channel;
import app.kith.touchpoint.NewTouchpoint;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.Avatar;
import app.kith.web.Dates;
import app.kith.web.Htmx;
import app.kith.web.StarterView;
import app.kith.web.Starters;
import app.kith.web.introductions.IntroRows;
import app.kith.web.Avatars;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Today: the plan for the day and its one-click actions. Done, skip and snooze answer an htmx
 * request with the item alone, checked off in place (and the progress count out of band); a
 * browser without JavaScript gets the whole page again.
 */
@Controller
class TodayPage {

    static final List<String> CHANNELS = Arrays.stream(Channel.values()).map(Channel::key).toList();

    private final Planner planner;
    private final People people;
    private final Clocks clocks;
    private final Touchpoints touchpoints;
    private final Asks asks;
    private final Introductions introductions;
    private final Messages messages;
    private final FirstRunChecklist firstRun;
    private final Avatars avatars;
    private final StandingUndo undo;
    private final SentOnce sentOnce;
    private final Clock clock;

    TodayPage(Planner planner, People people, Clocks clocks, Touchpoints touchpoints, Asks asks,
              Introductions introductions, Messages messages, FirstRunChecklist firstRun, Avatars avatars,
              StandingUndo undo, SentOnce sentOnce, Clock clock) {
        this.planner = planner;
        this.people = people;
        this.clocks = clocks;
        this.touchpoints = touchpoints;
        this.asks = asks;
        this.introductions = introductions;
        this.messages = messages;
        this.firstRun = firstRun;
        this.avatars = avatars;
        this.undo = undo;
        this.sentOnce = sentOnce;
        this.clock = clock;
    }

    /**
     * The plan for a day; {@code more} the next ones after it, shown too. htmx asking for
     * {@code more} gets only those not {@code shown} yet, to add to the page (see {@link TodayMore}).
     */
    @GetMapping("/today")
    String today(Account account, @RequestParam(required = false) String date, @RequestParam(defaultValue = "0") int more,
                 @RequestParam(required = false) String shown, @RequestParam(required = false) String welcome,
                 HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        int moreCount = Math.max(0, Math.min(more, Planner.MAX_MORE));
        Today plan = planner.today(account, day, TodayMore.toPlan(moreCount));
        boolean fragment = Htmx.isHtmx(request) && moreCount > 0;
        TodayMore next = TodayMore.of(day, plan.capacity(), moreCount, plan.more(), fragment ? shown : null);
        model.addAttribute("today", view(account, plan, welcome != null, next));
        if (fragment) {
            return "today/more";
        }
        @SuppressWarnings("unchecked")
        Map<String, String> refused = (Map<String, String>) model.getAttribute(FirstRunChecklist.FLASH);
        model.addAttribute("start", firstRun.view(account, refused));
        return "today";
    }

    /**
     * Done and Skip may come from a phone's offline queue, sent again when an answer was lost:
     * {@code clientId} (the id the phone made) makes the second request write nothing.
     */
    @PostMapping("/today/{personId}/done")
    String done(Account account, @PathVariable long personId, @RequestParam(required = false) String date,
                @RequestParam(required = false) String channel, @RequestParam(required = false) String note,
                @RequestParam(required = false) String clientId, HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        people.get(account.id(), personId);
        sentOnce.once(account.id(), clientId, "clientId", () -> touchpoints.log(account.id(),
                        new NewTouchpoint(personId, day, channel, "out", note), account.today(clock)), Touchpoint::id)
                .ifPresent(logged -> model.addAttribute("undo", UndoOffer.done(personId, day, logged)));
        return after(account, day, personId, request, model);
    }

    @PostMapping("/today/{personId}/skip")
    String skip(Account account, @PathVariable long personId, @RequestParam(required = false) String date,
                @RequestParam(required = false) String clientId, HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        sentOnce.once(account.id(), clientId, "clientId", () -> clocks.skipWithUndo(account.id(), personId, day))
                .ifPresent(skipped -> model.addAttribute("undo", UndoOffer.marks("skip", day, skipped)));
        return after(account, day, personId, request, model);
    }

    /** {@code until}: 1w, 1m, or "date" with the day in {@code on}. */
    @PostMapping("/today/{personId}/snooze")
    String snooze(Account account, @PathVariable long personId, @RequestParam(required = false) String date,
                  @RequestParam(defaultValue = "1w") String until, @RequestParam(required = false) String on,
                  HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        LocalDate back = switch (until) {
            case "1m" -> day.plusMonths(1);
            case "date" -> Fields.date("until", on);
            default -> day.plusWeeks(1);
        };
        model.addAttribute("undo", UndoOffer.marks("snooze", day, clocks.snoozeWithUndo(account.id(), personId, back, day)));
        return after(account, day, personId, request, model);
    }

    /**
     * An item's message starter with another template, for htmx to swap in (the select beside it):
     * a check-in, or with {@code kind} a reply, a birthday wish or a congratulation.
     */
    @GetMapping("/today/{personId}/starter")
    String starter(Account account, @PathVariable long personId, @RequestParam(required = false) String date,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String template,
                   Model model) {
        LocalDate day = day(account, date);
        Person person = people.get(account.id(), personId);
        MessageKind as = kind == null ? MessageKind.CHECK_IN : MessageKind.parse("kind", kind);
        List<Template> templates = messages.templates(account.id(), as);
        List<Touchpoint> last = touchpoints.ofPerson(account.id(), personId, 1, 0);
        Touchpoint lastBefore = last.isEmpty() || !last.get(0).on().isBefore(day) ? null : last.get(0);
        String me = account.settings().yourName();
        model.addAttribute("starter", switch (as) {
            case REPLY -> {
                Touchpoint wrote = touchpoints.lastInBefore(account.id(), List.of(personId), day).get(personId);
                yield Starters.reply(templates, template, person, wrote == null ? null : wrote.note(),
                        wrote == null ? null : wrote.on(), day, me);
            }
            case BIRTHDAY -> Starters.birthday(templates, template, person, lastBefore, day, me);
            case CONGRATULATION -> Starters.congratulation(templates, template, person, newJob(account, personId, day),
                    lastBefore, day, me);
            default -> Starters.checkIn(templates, template, person, last.isEmpty() ? null : last.get(0), day, me);
        });
        return "today/starter";
    }

    /** The new job the person's item on the day's plan is about; null when there is none. */
    private String newJob(Account account, long personId, LocalDate day) {
        Today plan = planner.today(account, day, Planner.MAX_MORE);
        return Stream.concat(plan.items().stream(), plan.more().stream())
                .filter(i -> i instanceof TodayItem.JobChange && i.person().id() == personId).findFirst()
                .map(i -> ((TodayItem.JobChange) i).job().newJob()).orElse(null);
    }

    /** An ask item's follow-up starter with another template, like {@link #starter}. */
    @GetMapping("/today/asks/{askId}/starter")
    String askStarter(Account account, @PathVariable long askId, @RequestParam(required = false) String date,
                      @RequestParam(required = false) String template, Model model) {
        LocalDate day = day(account, date);
        Ask ask = asks.get(account, askId, day);
        model.addAttribute("starter", Starters.followUp(messages.templates(account.id(), MessageKind.FOLLOW_UP), template,
                people.get(account.id(), ask.person().id()), askId, ask.text(), ask.askedOn(), day,
                account.settings().yourName()));
        return "today/starter";
    }

    /** An ask on the plan: yes, no, punt (with {@code to}) or drop, on the plan's day. */
    @PostMapping("/today/asks/{askId}/answer")
    String answerAsk(Account account, @PathVariable long askId, @RequestParam String answer,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String date,
                     HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        model.addAttribute("undo", UndoOffer.ask(day, asks.answer(account, askId, Answer.parse(answer, to), day,
                account.today(clock))));
        return afterAsk(account, day, askId, request, model);
    }

    /** An ask on the plan: I followed up, or (with {@code replied}) they replied. */
    @PostMapping("/today/asks/{askId}/follow-up")
    String followUpAsk(Account account, @PathVariable long askId, @RequestParam(required = false) String date,
                       @RequestParam(required = false) String channel, @RequestParam(required = false) String note,
                       @RequestParam(defaultValue = "false") boolean replied, HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        Ask ask = replied ? asks.replied(account, askId, day, channel, note, account.today(clock))
                : asks.followUp(account, askId, day, channel, note, account.today(clock));
        model.addAttribute("undo", UndoOffer.ask(day, ask));
        return afterAsk(account, day, askId, request, model);
    }

    /**
     * An ask recorded from a person's item, asked on the plan's day. Asking is a contact (the ask
     * logs one), so it checks the item off, saying what was asked.
     */
    @PostMapping("/today/{personId}/asks")
    String recordAsk(Account account, @PathVariable long personId, @RequestParam(required = false) String date,
                     @RequestParam(defaultValue = "") String text, HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        Ask ask = asks.ask(account, new NewAsk(personId, text, day, null), account.today(clock));
        model.addAttribute("undo", UndoOffer.asked(personId, day, ask.id()));
        String page = after(account, day, personId, request, model);
        if (model.getAttribute("row") instanceof TodayRow row) {
            model.addAttribute("row", row.saying("✓ Asked: " + ask.text()));
        }
        return page;
    }

    private String afterAsk(Account account, LocalDate day, long askId, HttpServletRequest request, Model model) {
        return after(account, day, i -> i instanceof TodayItem.AskFollowUp a && a.ask().id() == askId,
                () -> acted(account, asks.get(account, askId, day).person().id(), day), request, model);
    }

    /**
     * An introduction on the plan moved on by one step, on the plan's day (see
     * {@link IntroRows#step}); {@code personId} is the side an answer is about.
     */
    @PostMapping("/today/intros/{introId}/step")
    String stepIntro(Account account, @PathVariable long introId, @RequestParam(required = false) String step,
                     @RequestParam(required = false) Long personId, @RequestParam(required = false) String channel,
                     @RequestParam(required = false) String date, HttpServletRequest request, Model model) {
        LocalDate day = day(account, date);
        Introduction intro = introductions.step(account.id(), introId, IntroRows.step(step, personId, channel, day),
                account.today(clock));
        model.addAttribute("undo", UndoOffer.intro(day, intro, personId));
        return after(account, day, i -> i instanceof TodayItem.IntroFollowUp s && s.introduction().id() == introId
                        && (personId == null || i.person().id() == personId),
                () -> new TodayItem.IntroFollowUp(new TodayItem.PersonRef(intro.personA().id(), intro.personA().name()),
                        "Checked off for " + day, day, "done", 0,
                        new TodayItem.IntroRef(introId, new TodayItem.PersonRef(intro.personB().id(), intro.personB().name()),
                                intro.reason(), "none")),
                request, model);
    }

    /** The acted-on item, checked off, for htmx; the page again otherwise. */
    private String after(Account account, LocalDate day, long personId, HttpServletRequest request, Model model) {
        return after(account, day, i -> aboutThePerson(i) && i.person().id() == personId,
                () -> acted(account, personId, day), request, model);
    }

    /** Items that logging, skipping or snoozing the person checks off (not their asks or introductions). */
    static boolean aboutThePerson(TodayItem item) {
        return item instanceof TodayItem.PersonDue || item instanceof TodayItem.Birthday
                || item instanceof TodayItem.JobChange || item instanceof TodayItem.Reply
                || item instanceof TodayItem.Reminder || item instanceof TodayItem.KeyDate;
    }

    /** The item {@code which} picks, as the day's plan has it now (else {@code gone}), for htmx; Today again otherwise. */
    String after(Account account, LocalDate day, Predicate<TodayItem> which, Supplier<TodayItem> gone,
                         HttpServletRequest request, Model model) {
        if (!Htmx.isHtmx(request)) {
            return "redirect:/today" + (day.equals(account.today(clock)) ? "" : "?date=" + day);
        }
        Today plan = planner.today(account, day, Planner.MAX_MORE);
        TodayView view = view(account, plan, false, null);
        TodayItem item = Stream.concat(plan.items().stream(), plan.more().stream())
                .filter(which).findFirst().orElseGet(gone);
        model.addAttribute("row", rows(account, day, List.of(item)).get(0));
        model.addAttribute("today", view);
        return "today/acted";
    }

    /** Someone acted on from "more": no longer on the plan, shown checked off where they were. */
    private TodayItem acted(Account account, long personId, LocalDate day) {
        Person p = people.get(account.id(), personId);
        return new TodayItem.PersonDue(new TodayItem.PersonRef(p.id(), p.name()), "Checked off for " + day, p.dueOn(),
                false, Action.LOGGED, p.rhythmDays(), p.lastTouchOn(), 0, 0);
    }

    private LocalDate day(Account account, String date) {
        if (date == null || date.isBlank()) {
            return account.today(clock);
        }
        try {
            return Fields.date("date", date);
        } catch (Invalid e) {
            return account.today(clock);
        }
    }

    /** The page's view of a plan, with the next ones {@code next} brings (none for null). */
    private TodayView view(Account account, Today plan, boolean welcome, TodayMore next) {
        LocalDate today = account.today(clock);
        LocalDate day = plan.date();
        String heading = day.equals(today) ? "Today" : day.equals(today.plusDays(1)) ? "Tomorrow"
                : day.equals(today.minusDays(1)) ? "Yesterday" : Dates.heading(day);
        String backlog = plan.backlog() == 0 ? null
                : plan.backlog() + (plan.backlog() == 1 ? " more person is" : " more people are") + " due. At "
                        + plan.capacity() + " a day, everyone will have been on a list by "
                        + Dates.heading(plan.backlogClearsOn()) + ".";
        boolean nobody = plan.items().isEmpty() && people.count(account.id()) == 0;
        TodayProgress counts = TodayProgress.of(plan.items());
        String finished = !day.equals(today) || !counts.finished() ? null : counts.finishedInWords() + " "
                + TodayProgress.tomorrow(planner.today(account, day.plusDays(1), 0).items());
        return new TodayView(day.toString(), heading + (heading.equals(Dates.heading(day)) ? "" : ", " + Dates.heading(day)),
                day.equals(today), day.isAfter(today), rows(account, day, plan.items()),
                next == null ? List.of() : rows(account, day, next.items()), counts, plan.backlog(), backlog, finished,
                plan.rhythmBudget(), plan.upcoming(), welcome, nobody, CHANNELS,
                next == null ? null : next.href(), next == null ? null : next.hx());
    }

    private List<TodayRow> rows(Account account, LocalDate day, List<TodayItem> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> byId = People.byId(people.get(account.id(), items.stream()
                .flatMap(i -> i instanceof TodayItem.IntroFollowUp s ? Stream.of(i.person().id(), s.introduction().other().id())
                        : Stream.of(i.person().id())).toList()));
        Map<Long, Avatar> avatars = this.avatars.of(account.id(), byId.values().stream()
                .map(p -> new Avatars.Who(p.id(), p.name())).toList());
        Map<MessageKind, List<Template>> templates = new EnumMap<>(MessageKind.class);
        IntroRows.Templates introTemplates = items.stream().anyMatch(i -> i instanceof TodayItem.IntroFollowUp)
                ? IntroRows.Templates.of(messages, account) : null;
        boolean today = day.equals(account.today(clock));
        return items.stream().map(item -> {
            if (item instanceof TodayItem.IntroFollowUp step) {
                Introduction intro = introductions.get(account.id(), step.introduction().id());
                return new TodayRow(item, day.toString(), "email", null, IntroRows.status(step, intro, day),
                        IntroRows.forItem(intro, step, byId, introTemplates, day),
                        card(item, byId, avatars, null, day), today ? undo.of(account, day, item, null, intro) : null);
            }
            Person p = byId.get(item.person().id());
            List<Touchpoint> last = touchpoints.ofPerson(account.id(), item.person().id(), 1, 0);
            Touchpoint lastTouch = last.isEmpty() ? null : last.get(0);
            String channel = lastTouch == null ? "message" : lastTouch.channel().key();
            if (item instanceof TodayItem.Reply reply && reply.channel() != null) {
                channel = reply.channel();
            }
            StarterView starter = p == null ? null : starter(item, p, lastTouch, day,
                    kind -> templates.computeIfAbsent(kind, k -> messages.templates(account.id(), k)),
                    account.settings().yourName());
            return new TodayRow(item, day.toString(), channel, starter, status(item), null,
                    card(item, byId, avatars, lastTouch, day), today ? undo.of(account, day, item, lastTouch, null) : null);
        }).toList();
    }

    private static TodayCard card(TodayItem item, Map<Long, Person> byId, Map<Long, Avatar> avatars, Touchpoint last,
                                  LocalDate day) {
        long id = item.person().id();
        return TodayCard.of(item, byId.get(id), avatars.getOrDefault(id, Avatar.of(id, item.person().name(), false)),
                last, day);
    }

    /** The message an item offers: a follow-up for an ask, a reply, a birthday wish, a congratulation, else a check-in. */
    private static StarterView starter(TodayItem item, Person p, Touchpoint last, LocalDate day,
                                       Function<MessageKind, List<Template>> templates, String me) {
        if (item instanceof TodayItem.AskFollowUp ask) {
            return Starters.followUp(templates.apply(MessageKind.FOLLOW_UP), null, p, ask.ask().id(), ask.ask().text(),
                    ask.ask().askedOn(), day, me);
        }
        if (item instanceof TodayItem.Reply reply) {
            return Starters.reply(templates.apply(MessageKind.REPLY), null, p, reply.about(), reply.dueOn(), day, me);
        }
        if (item instanceof TodayItem.Birthday) {
            return Starters.birthday(templates.apply(MessageKind.BIRTHDAY), null, p,
                    last == null || !last.on().isBefore(day) ? null : last, day, me);
        }
        if (item instanceof TodayItem.JobChange job) {
            return Starters.congratulation(templates.apply(MessageKind.CONGRATULATION), null, p, job.job().newJob(),
                    last == null || !last.on().isBefore(day) ? null : last, day, me);
        }
        return Starters.checkIn(templates.apply(MessageKind.CHECK_IN), null, p, last, day, me);
    }

    /** What an item acted on says in place of its actions. */
    private static String status(TodayItem item) {
        if (!item.done()) {
            return null;
        }
        if (item instanceof TodayItem.AskFollowUp ask) {
            return switch (ask.action()) {
                case "yes" -> "✓ They said yes";
                case "no" -> "✓ They said no";
                case "punted" -> "✓ Punted";
                case "dropped" -> "✓ Dropped";
                case "followed-up" -> "✓ Followed up";
                case "replied" -> "✓ Reply logged";
                default -> "✓ Done";
            };
        }
        Action action = TodayItem.personAction(item);
        return action == null ? "✓ Done" : switch (action) {
            case SKIPPED -> "Skipped today";
            case SNOOZED -> "Snoozed";
            case LOGGED -> "✓ Done";
        };
    }
}

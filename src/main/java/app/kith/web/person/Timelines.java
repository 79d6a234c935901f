package app.kith.web.person;

import app.kith.person.ProfileChanges;
import app.kith.person.ProfileUpdate;
import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import app.kith.web.Choices;
import app.kith.web.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A person's timeline as the pages show it: a page of touchpoints in words, with what files
 * changed about them (role, company, town) placed among them by date; and a touchpoint as a form.
 */
@Component
class Timelines {

    static final int PAGE = 20;

    private final Touchpoints touchpoints;
    private final ProfileChanges profileChanges;

    Timelines(Touchpoints touchpoints, ProfileChanges profileChanges) {
        this.touchpoints = touchpoints;
        this.profileChanges = profileChanges;
    }

    TimelineView page(long accountId, long personId, int offset) {
        return page(accountId, personId, offset, null, null);
    }

    /** The newest page, with what was just corrected or deleted said above it. */
    TimelineView page(long accountId, long personId, int offset, String status, TimelineView.Deleted deleted) {
        List<Touchpoint> page = touchpoints.ofPerson(accountId, personId, PAGE + 1, offset);
        List<Touchpoint> shown = page.stream().limit(PAGE).toList();
        String older = page.size() > PAGE ? "/people/" + personId + "?offset=" + (offset + PAGE) : null;
        // The profile changes dated within this page's days: after the last touchpoint of the page
        // before, down to (not on) the last of this one when an older page follows.
        LocalDate newest = offset == 0 ? LocalDate.MAX
                : touchpoints.ofPerson(accountId, personId, 1, offset - 1).stream().map(Touchpoint::on).findFirst()
                .orElse(LocalDate.MAX);
        LocalDate oldest = older == null ? LocalDate.MIN : shown.get(shown.size() - 1).on();
        List<ProfileUpdate> changes = profileChanges.ofPerson(accountId, personId).stream()
                .filter(u -> u.on().isAfter(oldest) && !u.on().isAfter(newest)).toList();
        List<TimelineView.TimelineEntry> entries = new ArrayList<>();
        int c = 0;
        for (Touchpoint t : shown) {
            while (c < changes.size() && changes.get(c).on().isAfter(t.on())) {
                entries.add(entry(changes.get(c++)));
            }
            entries.add(entry(t));
        }
        changes.subList(c, changes.size()).forEach(u -> entries.add(entry(u)));
        return new TimelineView(personId, entries, older, offset == 0, status, deleted);
    }

    private static TimelineView.TimelineEntry entry(ProfileUpdate u) {
        return new TimelineView.TimelineEntry(0, Dates.date(u.on()), u.on().toString(), "from " + u.source(), null, null,
                u.sentence());
    }

    static TimelineView.TimelineEntry entry(Touchpoint t) {
        String direction = switch (t.direction()) {
            case OUT -> "you reached out";
            case IN -> "they reached out";
            case MUTUAL -> "both";
        };
        return new TimelineView.TimelineEntry(t.id(), Dates.date(t.on()), t.on().toString(),
                Choices.label(Choices.CHANNELS, t.channel().key()), direction, t.note());
    }

    /** The touchpoint as the form that corrects it shows it at first. */
    static TouchpointForm form(Touchpoint t) {
        return new TouchpointForm(t.on().toString(), t.channel().key(), t.direction().key(), t.note() == null ? "" : t.note());
    }

    /** "coffee on Mon 2 Mar 2026" */
    static String what(Touchpoint t) {
        return Choices.label(Choices.CHANNELS, t.channel().key()).toLowerCase(Locale.ROOT) + " on " + Dates.date(t.on());
    }

    static TimelineView.Deleted deleted(Touchpoint t) {
        return new TimelineView.Deleted(t.personId(), t.id(), what(t));
    }
}

package app.kith.web;

import app.kith.touchpoint.Touchpoint;
import app.kith.touchpoint.Touchpoints;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** A person's timeline as the pages show it: a page of touchpoints in words, and a touchpoint as a form. */
@Component
class Timelines {

    static final int PAGE = 20;

    private final Touchpoints touchpoints;

    Timelines(Touchpoints touchpoints) {
        this.touchpoints = touchpoints;
    }

    TimelineView page(long accountId, long personId, int offset) {
        return page(accountId, personId, offset, null, null);
    }

    /** The newest page, with what was just corrected or deleted said above it. */
    TimelineView page(long accountId, long personId, int offset, String status, TimelineView.Deleted deleted) {
        List<Touchpoint> page = touchpoints.ofPerson(accountId, personId, PAGE + 1, offset);
        List<TimelineView.TimelineEntry> entries = page.stream().limit(PAGE).map(Timelines::entry).toList();
        String older = page.size() > PAGE ? "/people/" + personId + "?offset=" + (offset + PAGE) : null;
        return new TimelineView(personId, entries, older, offset == 0, status, deleted);
    }

    static TimelineView.TimelineEntry entry(Touchpoint t) {
        String direction = switch (t.direction()) {
            case OUT -> "you reached out";
            case IN -> "they reached out";
            case MUTUAL -> "both";
        };
        return new TimelineView.TimelineEntry(t.id(), Days.date(t.on()), t.on().toString(),
                Choices.label(Choices.CHANNELS, t.channel().key()), direction, t.note());
    }

    /** The touchpoint as the form that corrects it shows it at first. */
    static TouchpointForm form(Touchpoint t) {
        return new TouchpointForm(t.on().toString(), t.channel().key(), t.direction().key(), t.note() == null ? "" : t.note());
    }

    /** "coffee on Mon 2 Mar 2026" */
    static String what(Touchpoint t) {
        return Choices.label(Choices.CHANNELS, t.channel().key()).toLowerCase(Locale.ROOT) + " on " + Days.date(t.on());
    }

    static TimelineView.Deleted deleted(Touchpoint t) {
        return new TimelineView.Deleted(t.personId(), what(t), form(t));
    }
}

package app.kith.dupes;

import app.kith.person.Person;
import app.kith.person.PersonDraft;

/** What a merge would do, before it is done: who {@code keep} becomes and what moves over from {@code other}. */
public record MergePreview(Person keep, Person other, PersonDraft merged, int touchpoints, int asks,
                           int introductions, int reminders, int keyDates) {
}

/**
 * Today in the calendar: a secret, revocable link per account that serves an iCalendar feed of the
 * days' plans, birthdays and follow-ups. {@link app.kith.feed.CalendarFeed} is the door.
 */
package app.kith.feed;

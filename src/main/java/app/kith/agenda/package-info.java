/**
 * Touchpoints from the calendar: calendars an account subscribes to (a private iCalendar address
 * or a CalDAV calendar), read every hour; past meetings with people in Kith become touchpoints,
 * coming ones show on the person's page. {@link app.kith.agenda.Calendars} is the door.
 */
package app.kith.agenda;

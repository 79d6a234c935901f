package app.kith.web.person;

import app.kith.Invalid;
import app.kith.web.Inputs;
import app.kith.web.Option;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A birthday as the form takes it: a month, a day, and the year only when it is known. Stored as
 * the person feature stores birthdays: {@code YYYY-MM-DD}, or {@code --MM-DD} without a year (as
 * vCard writes it).
 */
public record BirthdayInput(String month, String day, String year) {

    public static final List<Option> MONTHS = Arrays.stream(Month.values())
            .map(m -> new Option(String.valueOf(m.getValue()), m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))).toList();

    static final BirthdayInput EMPTY = new BirthdayInput("", "", "");

    /** A stored birthday in the form's three parts; empty parts for none. */
    static BirthdayInput of(String stored) {
        if (stored == null || stored.isBlank()) {
            return EMPTY;
        }
        if (stored.startsWith("--")) {
            MonthDay md = MonthDay.parse(stored);
            return new BirthdayInput(String.valueOf(md.getMonthValue()), String.valueOf(md.getDayOfMonth()), "");
        }
        LocalDate date = LocalDate.parse(stored);
        return new BirthdayInput(String.valueOf(date.getMonthValue()), String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getYear()));
    }

    /** The birthday to store, null when none was given; a refusal says what is missing or impossible. */
    String stored() {
        String m = Inputs.text(month).strip();
        String d = Inputs.text(day).strip();
        String y = Inputs.text(year).strip();
        if (m.isEmpty() && d.isEmpty() && y.isEmpty()) {
            return null;
        }
        if (m.isEmpty() || d.isEmpty()) {
            throw new Invalid("birthday", "A birthday needs " + (m.isEmpty() && d.isEmpty() ? "a month and a day"
                    : m.isEmpty() ? "a month" : "a day") + "; the year is the part you may leave out");
        }
        if (!m.matches("\\d{1,2}") || Integer.parseInt(m) < 1 || Integer.parseInt(m) > 12) {
            throw new Invalid("birthday", "Choose the month of the birthday");
        }
        Month month = Month.of(Integer.parseInt(m));
        String monthName = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (!d.matches("\\d{1,2}") || Integer.parseInt(d) < 1 || Integer.parseInt(d) > month.maxLength()) {
            throw new Invalid("birthday", "There is no day " + d + " in " + monthName + ": use 1 to " + month.maxLength());
        }
        int dayOfMonth = Integer.parseInt(d);
        if (y.isEmpty()) {
            return MonthDay.of(month, dayOfMonth).toString();
        }
        if (!y.matches("\\d{4}")) {
            throw new Invalid("birthday", "The year of the birthday is four digits, like 1990, not \"" + y + "\"");
        }
        int yearValue = Integer.parseInt(y);
        if (month == Month.FEBRUARY && dayOfMonth == 29 && !java.time.Year.isLeap(yearValue)) {
            throw new Invalid("birthday", yearValue + " had no 29 February: leave the year out, or check it");
        }
        return LocalDate.of(yearValue, month, dayOfMonth).toString();
    }
}

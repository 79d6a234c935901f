package app.kith.web.today;

import app.kith.account.Account;
import app.kith.account.FirstRun;
import app.kith.person.People;
import app.kith.person.PeopleQuery;
import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether Today shows the first-run checklist, and its steps' state: shown while the account has
 * nobody (which starts it) and after that until the user goes on to Today. Whether contacts came
 * in and someone was marked is read from the people; the time zone and capacity are remembered
 * by {@link FirstRun} when set from the checklist.
 */
@Component
class FirstRunChecklist {

    /** The flash attribute that carries a refused setting back to the checklist. */
    static final String FLASH = "firstRunErrors";

    private final FirstRun firstRun;
    private final People people;
    private final Clock clock;

    FirstRunChecklist(FirstRun firstRun, People people, Clock clock) {
        this.firstRun = firstRun;
        this.people = people;
        this.clock = clock;
    }

    /** The checklist for Today, or null when it is not shown. */
    FirstRunView view(Account account, Map<String, String> errors) {
        int count = people.count(account.id());
        FirstRun.State state = firstRun.state(account.id());
        if (count == 0 && !state.open()) {
            try {
                firstRun.start(account.id());
            } catch (DataAccessException busy) {
                // The checklist shows anyway while there is nobody; it is remembered on a later visit.
            }
        } else if (!state.open()) {
            return null;
        }
        int marked = count == 0 ? 0 : people.list(account.id(),
                PeopleQuery.everyone(1).mattering(PeopleQuery.Reason.ANY), account.today(clock)).total();
        String next = count == 0 ? "import" : marked == 0 ? "why" : !state.timeZoneSet() ? "zone"
                : !state.capacitySet() ? "capacity" : "today";
        return new FirstRunView(count, marked, account.settings().timeZone().getId(), state.timeZoneSet(),
                account.settings().capacity(), state.capacitySet(), next, errors == null ? Map.of() : errors);
    }
}

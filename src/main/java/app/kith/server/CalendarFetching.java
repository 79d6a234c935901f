package app.kith.server;

import app.kith.agenda.Calendars;
import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.wiring.CalendarWiring;
import app.kith.wiring.Kith;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The calendars subscribed to, read on the server: every {@code kith.calendars.poll} (10 minutes)
 * a sweep fetches each calendar not fetched for {@code kith.calendars.every} (an hour). The sweep
 * runs on one node at a time (db-scheduler), and each calendar is claimed before it is read, so a
 * fetch by hand and the sweep never read one calendar at once either.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFetching {

    /** {@code kith.calendars.allow-private-addresses}: see {@link CalendarWiring#privateAddresses}. */
    @Bean
    Calendars calendars(Kith kith, Database database, DbSettings settings,
                        @Value("${" + CalendarWiring.ALLOW_PRIVATE + ":}") String allowPrivate,
                        @Value("${server.address:0.0.0.0}") String bind) {
        return CalendarWiring.calendars(kith, database, settings, CalendarWiring.privateAddresses(allowPrivate, bind, kith));
    }

    @Bean
    RecurringTask<Void> calendarFetch(Calendars calendars,
                                      @Value("${kith.calendars.every:PT1H}") Duration every,
                                      @Value("${kith.calendars.poll:PT10M}") Duration poll) {
        return Tasks.recurring("calendar-fetch", FixedDelay.of(poll))
                .execute((instance, context) -> calendars.fetchDue(every));
    }
}

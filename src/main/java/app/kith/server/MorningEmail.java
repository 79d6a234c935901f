package app.kith.server;

import app.kith.db.Database;
import app.kith.db.Dialect;
import app.kith.digest.Digests;
import app.kith.digest.MailSettings;
import app.kith.wiring.Kith;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The morning email on the server: {@code kith.mail.*} says how to reach the mail server,
 * {@code kith.base-url} where its links lead, and db-scheduler, on the store itself, runs the
 * sweep every {@code kith.digest.every} on one node at a time ({@link Digests#sendDue} is safe on
 * several at once all the same). The one scheduler also runs the other features' recurring tasks
 * (the mailbox sync, see {@link MailboxSchedule}).
 */
@Configuration(proxyBeanMethods = false)
class MorningEmail {

    @Bean
    MailSettings mailSettings(Environment env) {
        Binder binder = Binder.get(env);
        return new MailSettings(env.getProperty("kith.mail.host"), env.getProperty("kith.mail.port", Integer.class, 587),
                env.getProperty("kith.mail.starttls", Boolean.class, false),
                env.getProperty("kith.mail.tls", Boolean.class, binder.bind("kith.mail.ssl", Boolean.class).orElse(false)),
                env.getProperty("kith.mail.user"), env.getProperty("kith.mail.password"), env.getProperty("kith.mail.from"),
                env.getProperty("kith.mail.trust"));
    }

    @Bean
    Digests digests(Kith kith, Database database, MailSettings mail,
                    @Value("${kith.base-url:http://localhost:8080}") String baseUrl,
                    @Value("${kith.digest.lease:PT10M}") Duration lease) {
        return new Digests(JdbcClient.create(database.dataSource()), kith.clock(), kith.accounts(), kith.planner(),
                kith.people(), kith.touchpoints(), kith.messages(), kith.asks(), mail, baseUrl, lease);
    }

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(Database database, Digests digests, @Value("${kith.digest.every:PT1M}") Duration every,
                        @Value("${kith.digest.poll:PT10S}") Duration poll,
                        @Value("${kith.digest.heartbeat:PT30S}") Duration heartbeat, ObjectProvider<RecurringTask<?>> others,
                        ObjectProvider<SchedulerListener> listeners) {
        RecurringTask<Void> sweep = Tasks.recurring("morning-email", FixedDelay.of(every))
                .execute((instance, context) -> digests.sendDue());
        // Other features' recurring tasks (the calendar fetch, the mailbox sync) share the one scheduler and its table.
        var builder = Scheduler.create(database.dataSource())
                .startTasks(Stream.concat(Stream.of(sweep), others.orderedStream()).toList())
                .jdbcCustomization(database.dialect() == Dialect.SQLITE ? new SqliteScheduling()
                        : new PostgreSqlJdbcCustomization(false, true))
                .pollingInterval(poll)
                // A node that died holding the sweep is seen as dead after 6 missed heartbeats.
                .heartbeatInterval(heartbeat)
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(5));
        // The metrics of each run (see OperatorMetrics).
        listeners.orderedStream().forEach(builder::addSchedulerListener);
        Scheduler scheduler = builder.build();
        scheduler.start();
        return scheduler;
    }
}

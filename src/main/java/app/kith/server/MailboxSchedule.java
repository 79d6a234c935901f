package app.kith.server;

import app.kith.db.Database;
import app.kith.db.DbSettings;
import app.kith.mail.Mailboxes;
import app.kith.SecretKey;
import app.kith.wiring.Kith;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Connected mailboxes are read every {@code kith.mailbox.every} (15 minutes) by db-scheduler, on
 * one node at a time; each mailbox is claimed before it is read besides, so a manual sync and the
 * schedule, or two nodes, never read one mailbox at once. A failure is recorded on the mailbox
 * (Settings shows it) and the next mailbox is read.
 */
@Configuration(proxyBeanMethods = false)
class MailboxSchedule {

    @Bean
    Mailboxes mailboxes(Kith kith, Database database, DbSettings settings) {
        return new Mailboxes(JdbcClient.create(database.dataSource()), database.transactions(), kith.clock(),
                kith.accounts(), kith.identities(), kith.people(), kith.touchpoints(), kith.clocks(),
                SecretKey.of(settings.folder().path(), System.getenv()));
    }

    @Bean
    RecurringTask<Void> mailboxSync(Mailboxes mailboxes, @Value("${kith.mailbox.every:PT15M}") Duration every) {
        return Tasks.recurring("mailbox-sync", FixedDelay.of(every))
                .execute((instance, context) -> mailboxes.syncAll());
    }
}

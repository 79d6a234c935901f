package app.kith.server;

import app.kith.audit.Audit;
import app.kith.person.People;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a day, people deleted more than {@link People#RESTORABLE_FOR} ago are deleted for good,
 * with their touchpoints. A plain schedule is enough even with several server nodes: the purge is
 * one idempotent DELETE, so two nodes running it on the same day remove nothing twice and fight
 * over nothing. Audit log events older than {@link Audit#KEPT_FOR} go the same way.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeletedPeoplePurge {

    private static final Logger LOG = LoggerFactory.getLogger(DeletedPeoplePurge.class);

    private final People people;
    private final Audit audit;
    private final Clock clock;

    DeletedPeoplePurge(People people, Audit audit, Clock clock) {
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** First a few minutes after start (a laptop's server may never run at night), then every day. */
    @Scheduled(initialDelayString = "${kith.purge.initial-delay:PT5M}", fixedDelayString = "${kith.purge.every:P1D}")
    int purge() {
        int purged = people.purgeDeleted(clock.instant().minus(People.RESTORABLE_FOR));
        if (purged > 0) {
            LOG.info("Deleted for good {} people deleted more than {} days ago", purged, People.RESTORABLE_FOR.toDays());
        }
        int events = audit.purge(clock.instant().minus(Audit.KEPT_FOR));
        if (events > 0) {
            LOG.info("Deleted {} audit log events older than {} days", events, Audit.KEPT_FOR.toDays());
        }
        return purged;
    }
}

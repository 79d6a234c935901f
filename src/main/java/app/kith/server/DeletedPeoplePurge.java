package app.kith.server;

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
 * over nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeletedPeoplePurge {

    private static final Logger LOG = LoggerFactory.getLogger(DeletedPeoplePurge.class);

    private final People people;
    private final Clock clock;

    DeletedPeoplePurge(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** First a few minutes after start (a laptop's server may never run at night), then every day. */
    @Scheduled(initialDelayString = "${kith.purge.initial-delay:PT5M}", fixedDelayString = "${kith.purge.every:P1D}")
    int purge() {
        int purged = people.purgeDeleted(clock.instant().minus(People.RESTORABLE_FOR));
        if (purged > 0) {
            LOG.info("Deleted for good {} people deleted more than {} days ago", purged, People.RESTORABLE_FOR.toDays());
        }
        return purged;
    }
}

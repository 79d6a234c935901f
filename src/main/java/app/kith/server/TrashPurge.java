package app.kith.server;

import app.kith.trash.Trash;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Once a day, whatever was deleted more than {@link Trash#KEPT_FOR} ago (people with their
 * touchpoints, circles, asks, introductions, touchpoints, templates) is deleted for good. A plain
 * schedule is enough even with several server nodes: the purge is idempotent DELETEs, so two nodes
 * running it on the same day remove nothing twice and fight over nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TrashPurge {

    private static final Logger LOG = LoggerFactory.getLogger(TrashPurge.class);

    private final Trash trash;
    private final Clock clock;

    TrashPurge(Trash trash, Clock clock) {
        this.trash = trash;
        this.clock = clock;
    }

    /** First a few minutes after start (a laptop's server may never run at night), then every day. */
    @Scheduled(initialDelayString = "${kith.purge.initial-delay:PT5M}", fixedDelayString = "${kith.purge.every:P1D}")
    int purge() {
        int purged = trash.purge(clock.instant().minus(Trash.KEPT_FOR));
        if (purged > 0) {
            LOG.info("Deleted for good {} things deleted more than {} days ago", purged, Trash.KEPT_FOR.toDays());
        }
        return purged;
    }
}

package app.kith.server;

import app.kith.io.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Imports that cannot finish are taken back: at start (a server killed in the middle of one) and
 * every minute after (a command killed in the middle of one while the server runs, a node of
 * several gone). Idempotent: each run is claimed by one taker.
 */
@Configuration(proxyBeanMethods = false)
class UnfinishedImports {

    private static final Logger LOG = LoggerFactory.getLogger(UnfinishedImports.class);

    private final Imports imports;

    UnfinishedImports(Imports imports) {
        this.imports = imports;
    }

    @Scheduled(initialDelayString = "${kith.imports.recover-delay:PT0S}", fixedDelayString = "${kith.imports.recover-every:PT1M}")
    void recover() {
        try {
            int taken = imports.recover();
            if (taken > 0) {
                LOG.info("Took back {} import(s) that did not finish", taken);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not take back unfinished imports yet: {}", e.getMessage());
        }
    }
}

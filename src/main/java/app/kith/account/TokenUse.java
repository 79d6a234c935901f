package app.kith.account;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes when API tokens were last used, on a thread of its own: a request that only reads must
 * never wait for, or fail on, the write lock another writer holds. Best effort: a write that cannot
 * be made (the store busy past its timeout) is dropped and logged at debug; the token's next use
 * tries again. Uses of one token pile up into one write.
 */
final class TokenUse {

    private static final Logger LOG = LoggerFactory.getLogger(TokenUse.class);

    private final TokenRepository tokens;
    private final Map<Long, Long> pending = new ConcurrentHashMap<>();
    // The thread starts with the first use of a token, so the CLI never has one.
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kith-token-use");
        t.setDaemon(true);
        return t;
    });

    TokenUse(TokenRepository tokens) {
        this.tokens = tokens;
    }

    void used(long tokenId, long at) {
        if (pending.put(tokenId, at) == null) {
            writer.execute(() -> write(tokenId));
        }
    }

    private void write(long tokenId) {
        Long at = pending.remove(tokenId);
        try {
            tokens.touch(tokenId, at);
        } catch (RuntimeException e) {
            LOG.debug("Token {} was used, but when could not be written: {}", tokenId, e.getMessage());
        }
    }
}

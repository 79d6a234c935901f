package app.kith.account;

import app.kith.audit.Audit;
import app.kith.audit.AuditKind;
import app.kith.audit.Origin;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Writes when API tokens were last used, apart from the request (the store's
 * {@link app.kith.db.Database#writesApart}): a request that only reads must
 * never wait for, or fail on, the write lock another writer holds. Best effort: a write that cannot
 * be made (the store busy past its timeout) is dropped and logged at debug; the token's next use
 * tries again. Uses of one token pile up into one write. The first use of a token in each hour is
 * also written to the audit log, with the same write: at most one row per token and hour, however
 * many requests and nodes.
 */
final class TokenUse {

    static final long AUDIT_EVERY_MS = Duration.ofHours(1).toMillis();
    private static final Logger LOG = LoggerFactory.getLogger(TokenUse.class);

    private record Use(long accountId, String name, long at, Origin origin) {
    }

    private final TokenRepository tokens;
    private final Audit audit;
    private final TransactionOperations tx;
    private final Map<Long, Use> pending = new ConcurrentHashMap<>();
    private final Executor writer;

    TokenUse(TokenRepository tokens, Audit audit, TransactionOperations tx, Executor writer) {
        this.tokens = tokens;
        this.audit = audit;
        this.tx = tx;
        this.writer = writer;
    }

    void used(TokenRepository.Match token, long at) {
        Use use = new Use(token.accountId(), token.name(), at, Audit.origin());
        if (pending.put(token.tokenId(), use) == null) {
            try {
                writer.execute(() -> write(token.tokenId()));
            } catch (RejectedExecutionException e) {
                // The store is closing: the use goes unwritten, like any write the store refused.
                pending.remove(token.tokenId());
            }
        }
    }

    private void write(long tokenId) {
        Use use = pending.remove(tokenId);
        try {
            tx.executeWithoutResult(s -> {
                if (tokens.touchFirstSince(tokenId, use.at(), use.at() - use.at() % AUDIT_EVERY_MS)) {
                    audit.record(use.accountId(), AuditKind.TOKEN_USED, "token “" + use.name() + "”", use.origin());
                } else {
                    tokens.touch(tokenId, use.at());
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("Token {} was used, but when could not be written: {}", tokenId, e.getMessage());
        }
    }
}

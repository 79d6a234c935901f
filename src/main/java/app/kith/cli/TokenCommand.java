package app.kith.cli;

import app.kith.account.ApiToken;
import app.kith.account.NewToken;
import app.kith.account.TokenExpiry;
import app.kith.account.TokenScope;
import java.time.Instant;
import java.time.ZoneId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", mixinStandardHelpOptions = true, description = "API tokens for the REST API (Bearer).",
        subcommands = {TokenCommand.New.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand extends KithCommand {

    @Override
    void run() {
        spec.commandLine().usage(out());
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Make a token; it is shown once, then only its hash is kept.")
    static final class New extends KithCommand {
        @Parameters(paramLabel = "NAME", description = "What it is for (\"phone\", \"backup script\").")
        String name;

        @Option(names = "--scope", paramLabel = "read|write", defaultValue = "write",
                description = "read: the token may only read (GET); write (the default): everything.")
        String scope;

        @Option(names = "--expires", paramLabel = "WHEN",
                description = "When it stops working: in days (90d) or on a date (2027-03-31, through that day). Default: never.")
        String expires;

        @Override
        void run() {
            ZoneId zone = account().settings().timeZone();
            TokenScope scoped = TokenScope.of("scope", scope);
            Instant ends = TokenExpiry.parse("expires", expires, kith().clock().instant(), zone);
            NewToken t = kith().accounts().newToken(accountId(), name, scoped, ends);
            out().println("Token \"" + t.token().name() + "\" for " + account().label() + ", scope " + scoped.key()
                    + (ends == null ? "" : ", until " + Text.moment(ends, zone)) + ". Copy it now; it is not shown again:");
            out().println(t.secret());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List tokens: names, scopes, when they end and were last used (never the secrets).")
    static final class ListTokens extends KithCommand {
        @Override
        void run() {
            var tokens = kith().accounts().tokens(accountId());
            if (tokens.isEmpty()) {
                out().println("No tokens. Make one: kith token new NAME");
            }
            ZoneId zone = account().settings().timeZone();
            Instant now = kith().clock().instant();
            for (ApiToken t : tokens) {
                String ends = t.expiresAt() == null ? "never ends"
                        : (t.expired(now) ? "expired " : "until ") + Text.moment(t.expiresAt(), zone);
                out().println(Text.fit("#" + t.id(), 6) + Text.fit(t.name(), 24) + Text.fit(t.scope().key(), 7)
                        + "created " + Text.moment(t.createdAt(), zone) + ", " + ends
                        + (t.lastUsedAt() == null ? ", never used" : ", last used " + Text.moment(t.lastUsedAt(), zone)));
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by id.")
    static final class Revoke extends KithCommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Override
        void run() {
            kith().accounts().revokeToken(accountId(), id);
            out().println("Revoked token #" + id + ".");
        }
    }
}

package app.kith.cli;

import app.kith.account.ApiToken;
import app.kith.account.NewToken;
import picocli.CommandLine.Command;
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

        @Override
        void run() {
            NewToken t = kith().accounts().newToken(accountId(), name);
            out().println("Token \"" + t.token().name() + "\" for " + account().label() + ". Copy it now; it is not shown again:");
            out().println(t.secret());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (names and dates, never the secrets).")
    static final class ListTokens extends KithCommand {
        @Override
        void run() {
            var tokens = kith().accounts().tokens(accountId());
            if (tokens.isEmpty()) {
                out().println("No tokens. Make one: kith token new NAME");
            }
            for (ApiToken t : tokens) {
                out().println(Text.fit("#" + t.id(), 6) + Text.fit(t.name(), 24) + "created " + t.createdAt()
                        + (t.lastUsedAt() == null ? ", never used" : ", last used " + t.lastUsedAt()));
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

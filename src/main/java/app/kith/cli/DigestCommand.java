package app.kith.cli;

import app.kith.digest.DigestMail;
import app.kith.digest.Digests;
import app.kith.digest.MailSettings;
import app.kith.wiring.Kith;
import java.time.Duration;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "digest", mixinStandardHelpOptions = true,
        description = {"The morning email: today's as it would be sent (--preview), or a test email sent now (--send-test).",
                "Mail settings come from KITH_MAIL_HOST, KITH_MAIL_PORT, KITH_MAIL_STARTTLS, KITH_MAIL_TLS, KITH_MAIL_USER,"
                        + " KITH_MAIL_PASSWORD, KITH_MAIL_FROM and KITH_MAIL_TRUST; links lead to KITH_BASE_URL."})
final class DigestCommand extends KithCommand {

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--preview", required = true, description = "Print today's email (both parts unless --text or --html).")
        boolean preview;

        @Option(names = "--send-test", required = true, description = "Send today's email to the account's address now.")
        boolean sendTest;
    }

    @Option(names = "--text", description = "With --preview: only the plain-text part.")
    boolean text;

    @Option(names = "--html", description = "With --preview: only the HTML part.")
    boolean html;

    @Option(names = "--on", paramLabel = "DATE", description = "With --preview: the email of another day (default: today).")
    String on;

    @Override
    void run() {
        Digests digests = digests(kith(), System.getenv());
        if (what.sendTest) {
            digests.sendTest(account());
            out().println("Sent a test email to " + account().email() + ".");
            return;
        }
        DigestMail mail = digests.compose(account(), Dates.parse("--on", on, today()));
        if (html && !text) {
            out().print(mail.html());
        } else if (text && !html) {
            out().print(mail.text());
        } else {
            out().println("Subject: " + mail.subject());
            out().println();
            out().println(mail.text());
            out().println("----- HTML part -----");
            out().print(mail.html());
        }
        out().flush();
    }

    private Digests digests(Kith kith, Map<String, String> env) {
        MailSettings mail = new MailSettings(env.get("KITH_MAIL_HOST"),
                Integer.parseInt(env.getOrDefault("KITH_MAIL_PORT", "587")),
                Boolean.parseBoolean(env.get("KITH_MAIL_STARTTLS")), Boolean.parseBoolean(env.get("KITH_MAIL_TLS")),
                env.get("KITH_MAIL_USER"), env.get("KITH_MAIL_PASSWORD"), env.get("KITH_MAIL_FROM"),
                env.get("KITH_MAIL_TRUST"));
        return new Digests(JdbcClient.create(session().db().dataSource()), kith.clock(), kith.accounts(), kith.planner(),
                kith.people(), kith.touchpoints(), kith.messages(), kith.asks(), mail,
                env.getOrDefault("KITH_BASE_URL", "http://localhost:8080"), Duration.ofMinutes(10));
    }
}

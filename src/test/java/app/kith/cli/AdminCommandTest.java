package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith admin: the accounts of a data folder, as whoever holds it sees them. */
class AdminCommandTest {

    @TempDir
    Path data;

    private Cli kith;

    @BeforeEach
    void accounts() {
        kith = new Cli(data);
        kith.input("owner's password\n", "account", "create", "--email", "owner@example.com");
        kith.input("member's password\n", "account", "create", "--email", "member@example.com");
        kith.run("add", "Ada Lovelace", "--account", "member@example.com");
    }

    @Test
    void listShowsEveryAccountWithItsPeopleAndState() {
        kith.run("admin", "disable", "member@example.com");

        Cli.Result list = kith.run("admin", "list");

        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).containsPattern("owner@example.com .* 0 people  admin\\n")
                .containsPattern("member@example.com .* 1 people  DISABLED\\n");
    }

    @Test
    void deleteAsksForTheEmailAgainUnlessYesIsGiven() {
        Cli.Result wrong = kith.input("someone@example.com\n", "admin", "delete", "member@example.com");
        assertThat(wrong.code()).isEqualTo(Main.REFUSED);
        assertThat(kith.run("admin", "list").out()).contains("member@example.com");

        Cli.Result typed = kith.input("member@example.com\n", "admin", "delete", "member@example.com");
        assertThat(typed.code()).as(typed.toString()).isZero();
        assertThat(kith.run("admin", "list").out()).doesNotContain("member@example.com");

        Cli.Result owner = kith.run("admin", "delete", "owner@example.com", "--yes");
        assertThat(owner.code()).isEqualTo(Main.REFUSED);
        assertThat(owner.err()).contains("owner");
    }

    @Test
    void inviteGivesALinkOnTheServersAddressOnlyToAnAdmin() {
        Cli.Result invited = kith.run("admin", "invite", "--days", "3", "--base-url", "https://kith.example.org/");

        assertThat(invited.code()).as(invited.toString()).isZero();
        assertThat(invited.out()).containsPattern("https://kith.example.org/signup\\?invitation=[A-Za-z0-9_-]{43}\\n");
        assertThat(kith.run("admin", "invite", "--account", "member@example.com").code()).isEqualTo(Main.REFUSED);
        assertThat(kith.run("admin", "invite", "--days", "0").err()).contains("days");
    }

    @Test
    void grantMakesASecondAdminAndRevokeUndoesItButNeverForTheOwner() {
        Cli.Result granted = kith.run("admin", "grant", "Member@Example.com");
        assertThat(granted.code()).as(granted.toString()).isZero();
        assertThat(granted.out()).contains("member@example.com is an admin; kith admin revoke Member@Example.com undoes it.");
        assertThat(kith.run("admin", "list").out()).containsPattern("member@example.com .* 1 people  admin\\n");
        assertThat(kith.run("admin", "invite", "--account", "member@example.com").code()).as("an admin invites").isZero();

        Cli.Result owner = kith.run("admin", "revoke", "owner@example.com", "--account", "member@example.com");
        assertThat(owner.code()).isEqualTo(Main.REFUSED);
        assertThat(owner.err()).contains("owner@example.com is the owner of this Kith; the owner stays an admin");

        Cli.Result revoked = kith.run("admin", "revoke", "member@example.com");
        assertThat(revoked.code()).as(revoked.toString()).isZero();
        assertThat(revoked.out()).contains("member@example.com is no longer an admin.");
        assertThat(kith.run("admin", "list").out()).containsPattern("member@example.com .* 1 people\\n");
        assertThat(kith.run("admin", "grant", "nobody@example.com").err()).contains("No account with email nobody@example.com");

        kith.run("admin", "disable", "member@example.com");
        Cli.Result disabled = kith.run("admin", "grant", "member@example.com");
        assertThat(disabled.code()).isEqualTo(Main.REFUSED);
        assertThat(disabled.err()).contains("member@example.com is disabled; enable it first");
    }

    @Test
    void whatTheAdminDoesIsInItsOwnAuditLogAndNotInTheAccountsItChanged() {
        kith.run("admin", "grant", "member@example.com");
        kith.run("admin", "revoke", "member@example.com");
        kith.run("admin", "disable", "member@example.com");
        kith.run("admin", "enable", "member@example.com");
        kith.run("admin", "invite");
        kith.input("member@example.com\n", "admin", "delete", "member@example.com");

        Cli.Result log = kith.run("audit");
        assertThat(log.code()).as(log.toString()).isZero();
        assertThat(log.out()).containsSubsequence(
                "account-deleted", "deleted the account member@example.com and everything in it",
                "invitation-made", "for 7 days",
                "account-enabled", "enabled the account member@example.com",
                "account-disabled", "disabled the account member@example.com",
                "admin-revoked", "member@example.com is no longer an admin",
                "admin-granted", "made member@example.com an admin");
    }

    @Test
    void aPendingInvitationIsListedAndTakenBackSoItsLinkMakesNoAccount() {
        assertThat(kith.run("admin", "invitations").out()).contains("No pending invitations");
        assertThat(kith.run("admin", "invite").code()).isZero();

        Cli.Result pending = kith.run("admin", "invitations");
        assertThat(pending.out()).containsPattern("#(\\d+) +made by owner@example.com on \\d{4}-\\d\\d-\\d\\d, works until ");
        String id = pending.out().substring(1, pending.out().indexOf(' '));
        assertThat(kith.run("admin", "uninvite", id, "--account", "member@example.com").code())
                .as("only an admin takes one back").isEqualTo(Main.REFUSED);

        Cli.Result taken = kith.run("admin", "uninvite", id);

        assertThat(taken.code()).as(taken.toString()).isZero();
        assertThat(taken.out()).contains("Invitation #" + id + " is taken back");
        assertThat(kith.run("admin", "invitations").out()).contains("No pending invitations");
        assertThat(kith.run("admin", "uninvite", id).code()).as("not twice").isEqualTo(Main.REFUSED);
        assertThat(kith.run("audit").out()).contains("invitation " + id);
    }
}

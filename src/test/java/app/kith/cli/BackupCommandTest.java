package app.kith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kith backup and kith restore as a user types them: a backup, a change, the backup restored, then undone. */
class BackupCommandTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void aBackupIsRestoredAndTheRestoreUndone() {
        Cli kith = new Cli(data);
        assertThat(kith.run("add", "Ada Lovelace").code()).isZero();
        String backup = files.resolve("kith-backup.db").toString();

        Cli.Result made = kith.run("backup", backup);
        assertThat(made.code()).as(made.toString()).isZero();
        assertThat(made.out()).contains("Backed up 1 account and 1 person to " + backup, "Restore it: kith restore " + backup);
        assertThat(kith.run("backup", backup).err()).contains("exists already");

        assertThat(kith.run("add", "Grace Hopper").code()).isZero();
        Cli.Result restored = kith.run("restore", backup);
        assertThat(restored.code()).as(restored.toString()).isZero();
        assertThat(restored.out()).contains("Restored " + backup + ": 1 account and 1 person.", "The data as it was is kept in");
        assertThat(kith.run("show", "Grace Hopper").code()).isNotZero();
        Cli.Result ada = kith.run("show", "Ada Lovelace");
        assertThat(ada.code()).as(ada.toString()).isZero();

        String kept = restored.out().replaceAll("(?s).*kept in (\\S+) \\(.*", "$1");
        Cli.Result undone = kith.run("restore", kept);
        assertThat(undone.code()).as(undone.toString()).isZero();
        assertThat(undone.out()).as("a second restore in the same second keeps both").contains(kept + "-2 (");
        assertThat(kith.run("show", "Grace Hopper").code()).as("the restore undone").isZero();
    }

    @Test
    void helpSaysWhatIsKeptAndAWrongFileIsRefused() {
        Cli kith = new Cli(data);
        assertThat(kith.run("restore", "--help").out()).contains("kept first", "newer Kith");
        Cli.Result wrong = kith.run("restore", files.resolve("nothing.db").toString());
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("no file");
    }
}

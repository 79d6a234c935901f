package app.kith.web.browser;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Chromium at a time on the machine: the tests run in two JVMs, and two Chromiums at once on
 * two cores made pages slow enough to be measured before they were laid out. A lock on a file in
 * the temporary folder, held from a Chromium's start to its quit, makes the other JVM's browser
 * test wait while its other tests go on.
 */
final class ChromiumTurns {

    private static final Path LOCK = Path.of(System.getProperty("java.io.tmpdir"), "kith-tests-chromium.lock");
    /** This JVM's hold on {@link #LOCK}, and how many of its Chromiums run (a test may start a second). */
    private static FileLock held;
    private static int running;

    private ChromiumTurns() {
    }

    /** Returns once no other JVM's Chromium runs; until {@link #end}, another JVM's waits. */
    static synchronized void take() throws IOException {
        if (running == 0) {
            FileChannel channel = FileChannel.open(LOCK, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                held = channel.tryLock();
                if (held == null) {
                    long started = System.nanoTime();
                    held = channel.lock();
                    System.out.println("Waited " + (System.nanoTime() - started) / 1_000_000
                            + " ms for another test JVM's Chromium to quit");
                }
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }
        running++;
    }

    static synchronized void end() throws IOException {
        if (--running == 0) {
            try (FileChannel channel = held.channel()) {
                held.release();
            } finally {
                held = null;
            }
        }
    }
}

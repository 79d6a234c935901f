package app.kith.agenda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Radicale (/usr/bin/radicale), a real CalDAV server, on a free local port with its own
 * storage folder and one user; and vdirsyncer (/usr/bin/vdirsyncer), a real client, putting the
 * .ics files of a local folder there. Missing programs fail the test, never skip it.
 */
public final class Radicale implements AutoCloseable {

    public static final String USER = "me@example.com";
    public static final String PASSWORD = "radicale's password";
    static final String CALENDAR = "work";

    private final Path folder;
    private final int port;
    private final Process server;

    public Radicale(Path folder) throws IOException, InterruptedException {
        this.folder = folder;
        this.port = freePort();
        Files.createDirectories(folder.resolve("collections"));
        Files.writeString(folder.resolve("users"), USER + ":" + PASSWORD + "\n");
        Files.writeString(folder.resolve("radicale.conf"), """
                [server]
                hosts = 127.0.0.1:%d
                [auth]
                type = htpasswd
                htpasswd_filename = %s
                htpasswd_encryption = plain
                [rights]
                type = owner_only
                [storage]
                filesystem_folder = %s
                [logging]
                level = warning
                """.formatted(port, folder.resolve("users"), folder.resolve("collections")));
        server = new ProcessBuilder("/usr/bin/radicale", "--config", folder.resolve("radicale.conf").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("radicale.log").toFile()).start();
        waitForPort();
        Files.createDirectories(local());
        Files.writeString(folder.resolve("vdirsyncer.conf"), """
                [general]
                status_path = "%s"

                [pair kith]
                a = "local"
                b = "radicale"
                collections = ["from a"]
                conflict_resolution = "a wins"

                [storage local]
                type = "filesystem"
                path = "%s"
                fileext = ".ics"

                [storage radicale]
                type = "caldav"
                url = "http://127.0.0.1:%d/"
                username = "%s"
                password = "%s"
                """.formatted(folder.resolve("status"), folder.resolve("local"), port, USER, PASSWORD));
    }

    /** The calendar's address, as a user would give it to Kith. */
    public String calendarUrl() {
        return "http://127.0.0.1:" + port + "/" + USER + "/" + CALENDAR + "/";
    }

    /** Writes (or rewrites) an event's file in the local folder; {@link #sync} puts it on the server. */
    public void put(String name, String ics) throws IOException {
        Files.writeString(local().resolve(name + ".ics"), ics.replace("\r\n", "\n").replace("\n", "\r\n"));
    }

    public void delete(String name) throws IOException {
        Files.delete(local().resolve(name + ".ics"));
    }

    /** vdirsyncer discover (making the calendar on the server the first time) and sync. */
    public void sync() throws IOException, InterruptedException {
        run(List.of("/usr/bin/vdirsyncer", "-c", folder.resolve("vdirsyncer.conf").toString(), "discover"), "y\ny\n");
        run(List.of("/usr/bin/vdirsyncer", "-c", folder.resolve("vdirsyncer.conf").toString(), "sync"), "");
    }

    private void run(List<String> command, String input) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private Path local() {
        return folder.resolve("local").resolve(CALENDAR);
    }

    private void waitForPort() throws InterruptedException, IOException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            if (!server.isAlive()) {
                throw new IllegalStateException("radicale stopped: " + Files.readString(folder.resolve("radicale.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("radicale did not start: " + Files.readString(folder.resolve("radicale.log")));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        if (!server.waitFor(5, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }
}

package app.kith;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line in a process of its own, as {@code ./kith} starts it (the same main class and
 * JVM options, on this build's classpath), for what only separate processes show: file locks,
 * the environment.
 */
public final class KithProcess {

    private KithProcess() {
    }

    /** Starts {@code kith ARGS} with these environment variables set ({@code KITH_DB_URL} removed unless given). */
    public static Process start(Map<String, String> env, String... args) throws IOException {
        return start(List.of(), env, args);
    }

    /** The same, with these options for the JVM ({@code -Djava.io.tmpdir=…}). */
    public static Process start(List<String> jvm, Map<String, String> env, String... args) throws IOException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        line.addAll(jvm);
        line.addAll(List.of("-cp", System.getProperty("java.class.path"), "app.kith.cli.Main"));
        line.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().remove("KITH_DB_URL");
        builder.environment().putAll(env);
        return builder.start();
    }
}

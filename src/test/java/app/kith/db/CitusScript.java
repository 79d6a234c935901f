package app.kith.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What deploy/citus.sql declares: the tables it shards by account, the global ones, the local ones. */
record CitusScript(Set<String> distributed, Set<String> reference, Set<String> local) {

    static final Path FILE = Path.of("deploy", "citus.sql");

    static CitusScript read() {
        try {
            String text = Files.readString(FILE);
            return new CitusScript(
                    all(text, "SELECT create_distributed_table\\('(\\w+)', 'account_id'"),
                    all(text, "SELECT create_reference_table\\('(\\w+)'\\)"),
                    all(text, "(?m)^-- local: (\\w+)$"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Set<String> declared() {
        Set<String> all = new TreeSet<>(distributed);
        all.addAll(reference);
        all.addAll(local);
        return all;
    }

    private static Set<String> all(String text, String regex) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

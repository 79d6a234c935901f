package app.kith.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.wiring.Kith;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled "who knows X?" questions ({@code search/queries.json}) asked of the fixture network
 * through any ranker: a function from the query as typed to person ids, best first. Each query is
 * scored by precision at k, k = min(5, the number of people who should come first), and the suite
 * by the mean over all queries; the per-query table is printed and written to
 * {@code target/relevance.txt}.
 */
final class RelevanceSuite {

    /** The bar the full-text engine must clear (issue 11). */
    static final double BAR = 0.9;

    private static final Path REPORT = Path.of("target", "relevance.txt");

    /** The first measurement in a test run starts the report afresh; later ones (the other store) add to it. */
    private static boolean reportStarted;

    /** One labelled question: who should come first, and what kind of matching it exercises. */
    record Query(String query, List<String> relevant, String covers) {
    }

    private final FixtureNetwork network;
    private final List<Query> queries;

    private RelevanceSuite(FixtureNetwork network, List<Query> queries) {
        this.network = network;
        this.queries = queries;
    }

    /** Loads the fixture network into the owner's account of an empty store. */
    static RelevanceSuite loadInto(Kith kith) {
        FixtureNetwork network = FixtureNetwork.loadInto(kith);
        List<Query> queries = queries();
        for (Query q : queries) {
            q.relevant().forEach(name -> FixtureNetwork.idOf(network.idsByName(), name));
        }
        return new RelevanceSuite(network, queries);
    }

    static List<Query> queries() {
        try (InputStream in = RelevanceSuite.class.getResourceAsStream("/search/queries.json")) {
            return List.of(JsonMapper.builder().build().readValue(in, Query[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * For the full-text engine: the mean precision@k of {@code ranker} over the labelled queries,
     * which must be at least {@link #BAR}. Call it from a test of the engine, on a store the suite
     * was loaded into (ids only mean something there), e.g.
     * {@code RelevanceSuite.loadInto(kith).score(q -> ids(engine.who(owner(), q)))}.
     */
    Score score(Function<String, List<Long>> ranker) {
        return score("the full-text engine", ranker);
    }

    /** {@link #score(Function)}, with the ranker named in the printed table. */
    Score score(String label, Function<String, List<Long>> ranker) {
        Score score = measure(label, ranker);
        assertThat(score.mean()).as("mean precision@k of %s; per query in %s", label, REPORT).isGreaterThanOrEqualTo(BAR);
        return score;
    }

    /** The mean precision@k of {@code ranker}, with no bar: printed and written to target/relevance.txt. */
    Score measure(String label, Function<String, List<Long>> ranker) {
        Score score = evaluate(label, ranker);
        String table = score.table();
        System.out.println(table);
        try {
            Files.createDirectories(REPORT.getParent());
            if (reportStarted) {
                Files.writeString(REPORT, "\n" + table, StandardOpenOption.APPEND);
            } else {
                Files.writeString(REPORT, table);
                reportStarted = true;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return score;
    }

    /** The mean precision@k of {@code ranker}, neither printed nor written. */
    Score evaluate(String label, Function<String, List<Long>> ranker) {
        List<Row> rows = new ArrayList<>();
        for (Query q : queries) {
            List<String> ranked = ranker.apply(q.query()).stream()
                    .map(id -> network.namesById().getOrDefault(id, "#" + id)).toList();
            int k = Math.min(5, q.relevant().size());
            List<String> top = ranked.subList(0, Math.min(k, ranked.size()));
            int hits = (int) top.stream().filter(q.relevant()::contains).count();
            rows.add(new Row(q, k, hits, top));
        }
        return new Score(label, rows);
    }

    Map<String, Long> idsByName() {
        return network.idsByName();
    }

    /** How one query did: of the top k returned, how many are people who should come first. */
    record Row(Query query, int k, int hits, List<String> top) {

        double precision() {
            return (double) hits / k;
        }
    }

    /** Every query's row and their mean precision@k. */
    record Score(String label, List<Row> rows) {

        double mean() {
            return rows.stream().mapToDouble(Row::precision).average().orElse(0);
        }

        String table() {
            StringBuilder out = new StringBuilder();
            out.append("Relevance of ").append(label).append(": mean precision@k over ").append(rows.size())
                    .append(" queries = ").append(String.format(Locale.ROOT, "%.3f", mean())).append('\n');
            out.append(String.format("%-36s %-24s %2s %4s  %s%n", "query", "covers", "k", "hits", "top k returned"));
            for (Row r : rows) {
                out.append(String.format("%-36s %-24s %2d %4d  %s%n", r.query().query(), r.query().covers(), r.k(),
                        r.hits(), r.top().isEmpty() ? "(none)" : String.join(", ", r.top())));
            }
            out.append(String.format(Locale.ROOT, "mean precision@k = %.3f%n", mean()));
            return out.toString();
        }
    }
}

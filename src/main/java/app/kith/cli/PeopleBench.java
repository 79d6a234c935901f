package app.kith.cli;

import app.kith.circle.Circle;
import app.kith.person.FoundPeople;
import app.kith.person.PeopleQuery;
import app.kith.person.PeopleQuery.Reason;
import app.kith.person.PeopleQuery.Sort;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Times the People list's query (the web app's People page without its HTML) on a data folder. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = {"Time the People list in-process on this data folder's store: a page of 50 and the count, "
                + "for each filter and order, reporting the median, p95 and min of each."})
final class PeopleBench extends KithCommand {

    static final int PAGE = 50;

    @Option(names = "--date", paramLabel = "DATE", description = "The day that says who is due (default: today).")
    String date;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "100", description = "Timed runs per case (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "30", description = "Untimed runs first (default: ${DEFAULT-VALUE}).")
    int warmup;

    record Case(String label, PeopleQuery query) {
    }

    @Override
    void run() {
        if (iterations < 1 || warmup < 0) {
            throw new Main.Refused("--iterations must be at least 1 and --warmup at least 0");
        }
        LocalDate day = Dates.parse("--date", date, today());
        int people = kith().people().count(accountId());
        out().printf(Locale.ROOT, "People list, %s: %,d people, day %s, pages of %d%n",
                session().settings().describe(), people, day, PAGE);
        for (Case c : cases(people)) {
            measure(c, day);
        }
    }

    private List<Case> cases(int people) {
        PeopleQuery all = PeopleQuery.everyone(PAGE);
        List<Case> cases = new ArrayList<>(List.of(
                new Case("everyone, by due date", all),
                new Case("everyone, by name", all.sortedBy(Sort.NAME)),
                new Case("everyone, by last touch (longest ago)", all.sortedBy(Sort.LAST_TOUCH)),
                new Case("everyone, by last touch (recent)", all.sortedBy(Sort.RECENT_TOUCH)),
                new Case("everyone, by due date, last page", all.from(Math.max(0, (people - 1) / PAGE * PAGE))),
                new Case("text \"an\", by due date", all.withText("an")),
                new Case("text \"an\", by name", all.withText("an").sortedBy(Sort.NAME)),
                new Case("text matching nobody", all.withText("zzqx")),
                new Case("text \"Pri\" as typed, best match first", all.withText("Pri").sortedBy(null)),
                new Case("text \"engineer\", best match first", all.withText("engineer").sortedBy(null)),
                new Case("text \"accountant\", best match first", all.withText("accountant").sortedBy(null)),
                new Case("text \"priya ramen\" (a typo), best match first", all.withText("priya ramen").sortedBy(null)),
                new Case("due only, by due date", all.onlyDue(true)),
                new Case("connector, by recent touch", all.mattering(Reason.CONNECTOR).sortedBy(Sort.RECENT_TOUCH))));
        List<Circle> circles = kith().circles().list(accountId());
        if (!circles.isEmpty()) {
            Circle biggest = circles.stream().max((a, b) -> Integer.compare(a.members(), b.members())).orElseThrow();
            cases.add(new Case("circle " + biggest.name() + ", by due date", all.inCircle(biggest.id())));
            cases.add(new Case("circle " + biggest.name() + ", by name", all.inCircle(biggest.id()).sortedBy(Sort.NAME)));
            cases.add(new Case("text \"a\" + circle + due + any reason, by name", all.withText("a")
                    .inCircle(biggest.id()).onlyDue(true).mattering(Reason.ANY).sortedBy(Sort.NAME)));
        }
        return cases;
    }

    private void measure(Case c, LocalDate day) {
        FoundPeople found = null;
        for (int i = 0; i < warmup; i++) {
            found = kith().people().list(accountId(), c.query(), day);
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            found = kith().people().list(accountId(), c.query(), day);
            nanos[i] = System.nanoTime() - start;
        }
        Timings t = Timings.of(nanos);
        out().printf(Locale.ROOT, "  %-50s median %s · p95 %s · min %s — %d shown of %,d%n", c.label(),
                Timings.ms(t.median()), Timings.ms(t.percentile(95)), Timings.ms(t.min()), found.people().size(), found.total());
    }
}

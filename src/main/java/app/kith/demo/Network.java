package app.kith.demo;

import app.kith.person.PersonDraft;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The people of a demo network and, for each, the span of their history with the user: when it
 * began, the last touch, and how many touchpoints it holds. Everything comes from one random
 * sequence, so the same seed and day give the same network.
 */
final class Network {

    static final int WEEKLY = 7;
    static final int MONTHLY = 30;
    static final int QUARTERLY = 90;
    static final int YEARLY = 365;
    static final List<Integer> RHYTHMS = List.of(WEEKLY, MONTHLY, QUARTERLY, YEARLY);
    static final String CLIENTS = "Clients";
    static final String FORMER_COLLEAGUES = "Former colleagues";
    /** How far back the history goes: about three years. */
    static final int HISTORY_DAYS = 1_095;

    /** A person's history: touchpoints fall in [firstDay, lastDay], one on lastDay; none when touches is 0. */
    record Plan(int firstDay, int lastDay, int touches) {
    }

    private final List<PersonDraft> drafts;
    private final List<Plan> plans;

    private Network(List<PersonDraft> drafts, List<Plan> plans) {
        this.drafts = drafts;
        this.plans = plans;
    }

    List<PersonDraft> drafts() {
        return drafts;
    }

    List<Plan> plans() {
        return plans;
    }

    static Network of(DemoSize size, SplittableRandom random, LocalDate today) {
        int n = size.people();
        int[] rhythms = rhythms(size, random);
        int day = (int) today.toEpochDay();
        List<PersonDraft> drafts = new ArrayList<>(n);
        int[] first = new int[n];
        int[] last = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            Integer own = rhythms[i] >= QUARTERLY && random.nextDouble() < 0.03 ? (rhythms[i] == QUARTERLY ? 60 : 180) : null;
            int rhythm = own != null ? own : rhythms[i];
            history(i, rhythm, size.behind(), day, random, first, last, weights);
            drafts.add(person(rhythms[i], own, LocalDate.ofEpochDay(first[i]), today, random));
        }
        int[] touches = allocate(size.touchpoints(), weights);
        List<Plan> plans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            plans.add(new Plan(first[i], last[i], touches[i]));
        }
        return new Network(drafts, plans);
    }

    /** Each person's circle rhythm (0: not tracked): exact counts per rhythm, in random places. */
    private static int[] rhythms(DemoSize size, SplittableRandom random) {
        int[] rhythms = new int[size.people()];
        int next = 0;
        for (int rhythm : RHYTHMS) {
            for (int k = 0; k < size.trackedAt(rhythm); k++) {
                rhythms[next++] = rhythm;
            }
        }
        for (int i = rhythms.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = rhythms[i];
            rhythms[i] = rhythms[j];
            rhythms[j] = swap;
        }
        return rhythms;
    }

    /**
     * When someone's history began and ended, and how much of the total they get. Tracked people
     * were mostly touched within their rhythm, a share of them fell behind, a few were never
     * contacted; everyone else was last touched at any time, more often recently.
     */
    private static void history(int i, int rhythm, double behind, int day, SplittableRandom random,
                                int[] first, int[] last, double[] weights) {
        int start = day - HISTORY_DAYS;
        if (rhythm > 0) {
            double roll = random.nextDouble();
            if (roll < 0.02) {
                first[i] = day - random.nextInt(rhythm + rhythm / 2 + 1);
                last[i] = first[i];
                weights[i] = 0;
                return;
            }
            // Falling behind happens over weeks, whatever the rhythm: up to a rhythm, at most three months.
            last[i] = roll < 0.02 + behind
                    ? day - rhythm - 1 - random.nextInt(Math.min(rhythm, 90))
                    : day - 1 - random.nextInt(rhythm);
            first[i] = start + random.nextInt(Math.max(1, (last[i] - start) / 3));
            weights[i] = (1_000.0 / rhythm + 2) * (0.6 + 0.8 * random.nextDouble());
            return;
        }
        double u = random.nextDouble();
        last[i] = day - 1 - (int) (u * u * (HISTORY_DAYS - 1));
        first[i] = last[i] - (int) ((last[i] - start) * random.nextDouble());
        double recent = 1 + 2.0 * (last[i] - start) / HISTORY_DAYS;
        weights[i] = random.nextDouble() < 0.1 ? 0 : 12 * Math.exp(0.9 * random.nextGaussian()) * recent / 3;
    }

    /**
     * Splits the exact total in proportion to the weights: everyone with a weight gets at least
     * their last touch, the rest by cumulative rounding (each share within one of its exact value).
     */
    static int[] allocate(int total, double[] weights) {
        int[] counts = new int[weights.length];
        double sum = 0;
        int reserved = 0;
        for (double w : weights) {
            sum += w;
            reserved += w > 0 ? 1 : 0;
        }
        long rest = total - reserved;
        double running = 0;
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] == 0) {
                continue;
            }
            running += weights[i];
            long upTo = Math.round(rest * running / sum);
            counts[i] = 1 + (int) (upTo - given);
            given = upTo;
        }
        return counts;
    }

    private static PersonDraft person(int rhythm, Integer own, LocalDate firstDay, LocalDate today, SplittableRandom r) {
        Names.Culture culture = Names.culture(r);
        String given = Names.pick(culture.first(), r);
        String family = Names.pick(culture.last(), r);
        Words.Company company = r.nextDouble() < 0.8 ? Words.COMPANIES.get(r.nextInt(Words.COMPANIES.size())) : null;
        String handle = Names.ascii(given) + "." + Names.ascii(family);
        List<String> emails = new ArrayList<>();
        if (company != null && r.nextDouble() < 0.85) {
            emails.add(handle + "@" + company.domain());
        }
        if (r.nextDouble() < (emails.isEmpty() ? 0.6 : 0.2)) {
            emails.add(handle.replace(".", "") + (10 + r.nextInt(90)) + "@mail.example");
        }
        List<String> phones = r.nextDouble() < 0.3
                ? List.of(Names.pick(culture.phonePrefixes(), r) + " " + (100 + r.nextInt(900)) + " " + (1000 + r.nextInt(9000)))
                : List.of();
        String linkedin = r.nextDouble() < 0.7
                ? "https://www.linkedin.com/in/" + handle.replace('.', '-') + (r.nextBoolean() ? "" : "-" + Integer.toHexString(0x1000 + r.nextInt(0xefff)))
                : null;
        List<String> circles = new ArrayList<>();
        if (rhythm > 0) {
            circles.add(circleFor(rhythm));
        }
        if (company != null && r.nextDouble() < 0.1) {
            circles.add(CLIENTS);
        }
        if (r.nextDouble() < 0.08) {
            circles.add(FORMER_COLLEAGUES);
        }
        return new PersonDraft(given + " " + family, emails, phones, company == null ? null : company.name(),
                r.nextDouble() < 0.85 ? Names.pick(Words.ROLES, r) : null,
                r.nextDouble() < 0.9 ? Names.pick(Words.CITIES, r) : null,
                linkedin, birthday(today, r), howWeMet(company, today, r), topics(r), why(r), notes(r), own, circles,
                firstDay);
    }

    private static String circleFor(int rhythm) {
        return switch (rhythm) {
            case WEEKLY -> "Weekly";
            case MONTHLY -> "Monthly";
            case QUARTERLY -> "Quarterly";
            default -> "Yearly";
        };
    }

    /** A birthday for a quarter of people; some of them without the year (--MM-DD). */
    private static String birthday(LocalDate today, SplittableRandom r) {
        double roll = r.nextDouble();
        if (roll >= 0.25) {
            return null;
        }
        LocalDate date = LocalDate.ofYearDay(today.getYear() - 22 - r.nextInt(45), 1 + r.nextInt(365));
        return roll < 0.15 ? date.toString() : MonthDay.from(date).toString();
    }

    private static String howWeMet(Words.Company company, LocalDate today, SplittableRandom r) {
        if (r.nextDouble() >= 0.3) {
            return null;
        }
        String template = Names.pick(Words.HOW_WE_MET, r);
        String where = template.contains("Worked together") && company != null ? company.name() : Names.pick(Words.EVENTS, r);
        return String.format(template, where, today.getYear() - 1 - r.nextInt(12));
    }

    private static List<String> topics(SplittableRandom r) {
        int count = r.nextDouble() < 0.3 ? 0 : 1 + r.nextInt(3);
        List<String> topics = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            topics.add(Names.pick(Words.TOPICS, r));
        }
        return topics;
    }

    /** About one in five matters for a reason: awesome, a connector, or both. */
    private static String why(SplittableRandom r) {
        double roll = r.nextDouble();
        return roll < 0.10 ? "awesome" : roll < 0.17 ? "connector" : roll < 0.20 ? "both" : null;
    }

    private static String notes(SplittableRandom r) {
        if (r.nextDouble() >= 0.12) {
            return null;
        }
        String note = Names.pick(Words.PERSON_NOTES, r);
        return r.nextBoolean() ? note : note + " " + Names.pick(Words.PERSON_NOTES, r);
    }
}

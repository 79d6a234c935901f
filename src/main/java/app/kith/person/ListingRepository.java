package app.kith.person;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the People list: one WHERE clause for the page and its count, built from a {@link PeopleQuery}. */
class ListingRepository {

    private final JdbcClient jdbc;

    ListingRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
    }

    /** The conditions of a query and the values they need. */
    private record Filter(String where, List<Param> params) {
    }

    private record Param(String name, Object value) {
    }

    /** The ids on a page, in order: selecting only ids lets the store answer from its index. */
    List<Long> page(long accountId, PeopleQuery q, int today) {
        Filter f = filter(accountId, q, today);
        var spec = jdbc.sql("SELECT p.id FROM person p WHERE " + f.where()
                + " ORDER BY " + order(q.sort()) + " LIMIT :limit OFFSET :offset");
        for (Param p : f.params()) {
            spec = spec.param(p.name(), p.value());
        }
        return spec.param("limit", q.limit()).param("offset", q.offset()).query(Long.class).list();
    }

    /** Every id the query matches, in its order, without a page: what a bulk change is for. */
    List<Long> ids(long accountId, PeopleQuery q, int today) {
        Filter f = filter(accountId, q, today);
        var spec = jdbc.sql("SELECT p.id FROM person p WHERE " + f.where() + " ORDER BY " + order(q.sort()));
        for (Param p : f.params()) {
            spec = spec.param(p.name(), p.value());
        }
        return spec.query(Long.class).list();
    }

    /**
     * Those of {@code candidates} the query's filters keep (its text aside), in its order or, when
     * {@code ordered} is false, in none. The candidates are at most {@code Who.MAX_FOUND}, well
     * within both stores' limits on bound parameters, so one statement filters and orders them.
     */
    List<Long> among(long accountId, PeopleQuery q, int today, List<Long> candidates, boolean ordered) {
        Filter f = filter(accountId, q, today);
        var spec = jdbc.sql("SELECT p.id FROM person p WHERE " + f.where() + " AND p.id IN (:candidates)"
                + (ordered ? " ORDER BY " + order(q.sort()) : ""));
        for (Param p : f.params()) {
            spec = spec.param(p.name(), p.value());
        }
        return spec.param("candidates", candidates).query(Long.class).list();
    }

    int count(long accountId, PeopleQuery q, int today) {
        Filter f = filter(accountId, q, today);
        var spec = jdbc.sql("SELECT count(*) FROM person p WHERE " + f.where());
        for (Param p : f.params()) {
            spec = spec.param(p.name(), p.value());
        }
        return spec.query(Integer.class).single();
    }

    private static Filter filter(long accountId, PeopleQuery q, int today) {
        StringBuilder where = new StringBuilder("p.account_id = :account AND p.deleted_at IS NULL");
        List<Param> params = new ArrayList<>(List.of(new Param("account", accountId)));
        if (q.text() != null) {
            throw new IllegalArgumentException("text is found by the who-knows engine (Finding), not in SQL");
        }
        if (q.circleId() != null) {
            // Membership is the circle feature's table, read here and never written: filtering in
            // the same statement keeps the page and its count one indexed query, where asking the
            // Circles facade for the ids of a circle of thousands would send them all back as IN lists.
            where.append(" AND p.id IN (SELECT m.person_id FROM circle_member m"
                    + " WHERE m.account_id = :account AND m.circle_id = :circle)");
            params.add(new Param("circle", q.circleId()));
        }
        if (q.dueOnly()) {
            where.append(" AND p.due_day <= :today");
            params.add(new Param("today", today));
        }
        if (q.why() != null) {
            where.append(switch (q.why()) {
                case AWESOME -> " AND p.why IN ('awesome', 'both')";
                case CONNECTOR -> " AND p.why IN ('connector', 'both')";
                case BOTH -> " AND p.why = 'both'";
                case ANY -> " AND p.why IS NOT NULL";
                case NONE -> " AND p.why IS NULL";
            });
        }
        return new Filter(where.toString(), params);
    }

    /** NULLs placed explicitly: SQLite sorts them first, PostgreSQL last. */
    private static String order(PeopleQuery.Sort sort) {
        return switch (sort) {
            case DUE, RELEVANCE -> "p.due_day IS NULL, p.due_day, p.name_key, p.id";
            case LAST_TOUCH -> "p.last_touch_day IS NULL, p.last_touch_day, p.name_key, p.id";
            case RECENT_TOUCH -> "p.last_touch_day IS NULL, p.last_touch_day DESC, p.name_key, p.id";
            case NAME -> "p.name_key, p.id";
        };
    }
}

package app.kith.search;

import java.util.LinkedHashMap;
import java.util.Map;

/** The filters of a query as SQL over the person row {@code p}, with their parameters. */
record Filter(String sql, Map<String, Object> params) {

    static Filter of(WhoQuery q) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        if (q.circleId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM circle_member m")
                    .append(" WHERE m.account_id = p.account_id AND m.person_id = p.id AND m.circle_id = :circle)");
            params.put("circle", q.circleId());
        }
        if (q.location() != null) {
            sql.append(" AND lower(p.location) LIKE :location ESCAPE '!'");
            params.put("location", "%" + q.location().toLowerCase()
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (q.why() != null) {
            sql.append(" AND p.why IN (:why, 'both')");
            params.put("why", q.why());
        }
        return new Filter(sql.toString(), params);
    }
}

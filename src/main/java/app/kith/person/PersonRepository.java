package app.kith.person;

import app.kith.Batches;
import app.kith.db.PostgresBulk;
import app.kith.db.Rows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

class PersonRepository {

    private static final String COLUMNS = """
            id, name, company, role, location, linkedin_url, birthday, how_we_met, why, notes,
            own_rhythm_days, rhythm_days, started_day, last_touch_day, due_day, snoozed_until, created_at, updated_at
            """;

    /** A person's own row; lists (emails, phones, topics) and circles are joined in by {@link People}. */
    record Row(long id, String name, String company, String role, String location, String linkedinUrl,
               String birthday, String howWeMet, Why why, String notes, Integer ownRhythmDays, Integer rhythmDays,
               LocalDate startedOn, LocalDate lastTouchOn, LocalDate dueOn, LocalDate snoozedUntil,
               Instant createdAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    PersonRepository(JdbcTemplate jdbcTemplate) {
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.batch = jdbcTemplate;
    }

    long insert(long accountId, CleanPerson p, int startedDay, int createdDay, long now) {
        return jdbc.sql("""
                INSERT INTO person (account_id, name, name_key, company, role, location, linkedin_url, linkedin_key,
                                    birthday, how_we_met, why, notes, search_text, own_rhythm_days, started_day,
                                    created_day, created_at, updated_at)
                VALUES (:account, :name, :nameKey, :company, :role, :location, :linkedin, :linkedinKey,
                        :birthday, :howWeMet, :why, :notes, :search, :ownRhythm, :started, :created, :now, :now)
                RETURNING id
                """)
                .params(fieldParams(p)).param("account", accountId).param("ownRhythm", p.ownRhythmDays())
                .param("started", startedDay).param("created", createdDay).param("now", now)
                .query(Long.class).single();
    }

    /**
     * Many people at once, in batched statements (demo data, imports), each with the rhythm in
     * force given (null: not tracked) and the due date it makes from the day their clock starts:
     * written with the row, because updating 30,000 fresh rows afterwards rewrote each of them and
     * every index of person again.
     */
    void insertAll(long accountId, List<CleanPerson> people, int[] startedDays, List<Integer> rhythms, int createdDay,
                   long now) {
        List<Object[]> rows = new ArrayList<>(people.size());
        for (int n = 0; n < people.size(); n++) {
            Map<String, Object> f = fieldParams(people.get(n));
            Integer rhythm = rhythms.get(n);
            rows.add(new Object[] {accountId, f.get("name"), f.get("nameKey"), f.get("company"), f.get("role"),
                    f.get("location"), f.get("linkedin"), f.get("linkedinKey"), f.get("birthday"), f.get("howWeMet"),
                    f.get("why"), f.get("notes"), f.get("search"), people.get(n).ownRhythmDays(), rhythm,
                    rhythm == null ? null : startedDays[n] + rhythm, startedDays[n], createdDay, now, now});
        }
        batch.batchUpdate("""
                INSERT INTO person (account_id, name, name_key, company, role, location, linkedin_url, linkedin_key,
                                    birthday, how_we_met, why, notes, search_text, own_rhythm_days, rhythm_days,
                                    due_day, started_day, created_day, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows);
        PostgresBulk.analyzeIfGrown(batch, "person", rows.size());
    }

    long maxId(long accountId) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM person WHERE account_id = :account").param("account", accountId)
                .query(Long.class).single();
    }

    /** The account's people with an id above {@code after}, in the order they were written. */
    List<Long> idsAfter(long accountId, long after) {
        return jdbc.sql("SELECT id FROM person WHERE account_id = :account AND id > :after ORDER BY id")
                .param("account", accountId).param("after", after).query(Long.class).list();
    }

    void update(long accountId, long id, CleanPerson p, long now) {
        jdbc.sql("""
                UPDATE person SET name = :name, name_key = :nameKey, company = :company, role = :role,
                       location = :location, linkedin_url = :linkedin, linkedin_key = :linkedinKey,
                       birthday = :birthday, how_we_met = :howWeMet, why = :why, notes = :notes,
                       search_text = :search, own_rhythm_days = :ownRhythm, updated_at = :now
                WHERE account_id = :account AND id = :id AND deleted_at IS NULL
                """)
                .params(fieldParams(p)).param("ownRhythm", p.ownRhythmDays()).param("now", now)
                .param("account", accountId).param("id", id).update();
    }

    private static Map<String, Object> fieldParams(CleanPerson p) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", p.name());
        m.put("nameKey", People.key(p.name()));
        m.put("company", p.company());
        m.put("role", p.role());
        m.put("location", p.location());
        m.put("linkedin", p.linkedinUrl());
        m.put("linkedinKey", p.linkedinUrl() == null ? null : IdentityKeys.linkedin(p.linkedinUrl()));
        m.put("birthday", p.birthday());
        m.put("howWeMet", p.howWeMet());
        m.put("why", p.why() == null ? null : p.why().key());
        m.put("notes", p.notes());
        m.put("search", p.searchText());
        return m;
    }

    void replaceLists(long accountId, long personId, CleanPerson p) {
        for (PersonList list : PersonList.values()) {
            jdbc.sql("DELETE FROM " + list.table + " WHERE account_id = :account AND person_id = :person")
                    .param("account", accountId).param("person", personId).update();
        }
        insertList(PersonList.EMAILS, accountId, List.of(personId), List.of(p.emails()));
        insertList(PersonList.PHONES, accountId, List.of(personId), List.of(p.phones()));
        insertList(PersonList.TOPICS, accountId, List.of(personId), List.of(p.topics()));
        insertList(PersonList.NEEDS, accountId, List.of(personId), List.of(p.lookingFor()));
    }

    /** Inserts a list's values for several people: values.get(i) belong to personIds.get(i). */
    void insertList(PersonList list, long accountId, List<Long> personIds, List<List<String>> values) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            List<String> items = values.get(i);
            for (int position = 0; position < items.size(); position++) {
                String value = items.get(position);
                rows.add(list.keyColumn == null ? new Object[] {accountId, personIds.get(i), position, value}
                        : new Object[] {accountId, personIds.get(i), position, value, list.key(value)});
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("INSERT INTO " + list.table + " (account_id, person_id, position, " + list.column
                    + (list.keyColumn == null ? ") VALUES (?, ?, ?, ?)" : ", " + list.keyColumn + ") VALUES (?, ?, ?, ?, ?)"),
                    rows);
        }
    }

    Optional<Row> find(long accountId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
                .param("account", accountId).param("id", id).query(PersonRepository::map).optional();
    }

    List<Row> find(long accountId, Collection<Long> ids) {
        List<Row> rows = new ArrayList<>();
        for (List<Long> chunk : Batches.of(ids)) {
            rows.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL")
                    .param("account", accountId).param("ids", chunk).query(PersonRepository::map).list());
        }
        return rows;
    }

    /** Everyone, by name, a page at a time (a search goes through the who-knows engine: {@link People#search}). */
    List<Row> all(long accountId, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE account_id = :account AND deleted_at IS NULL"
                        + " ORDER BY name_key, id LIMIT :limit OFFSET :offset")
                .param("account", accountId).param("limit", limit).param("offset", offset)
                .query(PersonRepository::map).list();
    }

    int count(long accountId) {
        return jdbc.sql("SELECT count(*) FROM person WHERE account_id = :account AND deleted_at IS NULL")
                .param("account", accountId).query(Integer.class).single();
    }

    /** Every living person's name and company, in the order they were added. */
    List<NameCard> nameCards(long accountId) {
        return jdbc.sql("SELECT id, name, company FROM person WHERE account_id = :account AND deleted_at IS NULL ORDER BY id")
                .param("account", accountId)
                .query((rs, n) -> new NameCard(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Ids of people whose name equals the key, or when none does, contains it. */
    List<Long> idsByName(long accountId, String key, boolean exact, int limit) {
        String condition = exact ? "name_key = :key" : "name_key LIKE :key ESCAPE '\\'";
        return jdbc.sql("SELECT id FROM person WHERE account_id = :account AND deleted_at IS NULL AND " + condition
                        + " ORDER BY name_key, id LIMIT :limit")
                .param("account", accountId).param("key", exact ? key : "%" + likeEscape(key) + "%").param("limit", limit)
                .query(Long.class).list();
    }

    Map<Long, List<String>> lists(PersonList list, long accountId, Collection<Long> ids) {
        Map<Long, List<String>> result = new HashMap<>();
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("SELECT person_id, " + list.column + " FROM " + list.table
                            + " WHERE account_id = :account AND person_id IN (:ids) ORDER BY person_id, position")
                    .param("account", accountId).param("ids", chunk)
                    .query(rs -> {
                        result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
        }
        return result;
    }

    boolean softDelete(long accountId, long id, long now) {
        return jdbc.sql("UPDATE person SET deleted_at = :now, deleted_batch = NULL WHERE account_id = :account AND id = :id AND deleted_at IS NULL")
                .param("now", now).param("account", accountId).param("id", id).update() == 1;
    }

    /** Brings back a person deleted at or after {@code since}; false when there is none. */
    boolean undelete(long accountId, long id, long since) {
        return jdbc.sql("""
                UPDATE person SET deleted_at = NULL
                WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL AND deleted_at >= :since
                """)
                .param("account", accountId).param("id", id).param("since", since).update() == 1;
    }

    Optional<DeletedPerson> deleted(long accountId, long id, long since) {
        return jdbc.sql("""
                SELECT id, name, deleted_at FROM person
                WHERE account_id = :account AND id = :id AND deleted_at IS NOT NULL AND deleted_at >= :since
                """)
                .param("account", accountId).param("id", id).param("since", since)
                .query((rs, n) -> new DeletedPerson(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .optional();
    }

    /** The account's people deleted at or after {@code since}, the latest first. */
    List<DeletedPerson> deletedSince(long accountId, long since) {
        return jdbc.sql("""
                SELECT id, name, deleted_at FROM person
                WHERE account_id = :account AND deleted_at IS NOT NULL AND deleted_at >= :since
                ORDER BY deleted_at DESC, id DESC
                """)
                .param("account", accountId).param("since", since)
                .query((rs, n) -> new DeletedPerson(rs.getLong(1), rs.getString(2), Instant.ofEpochMilli(rs.getLong(3))))
                .list();
    }

    /** Every account's people deleted before an instant; what refers to them cascades. */
    int purgeDeletedBefore(long before) {
        return jdbc.sql("DELETE FROM person WHERE deleted_at IS NOT NULL AND deleted_at < :before")
                .param("before", before).update();
    }

    /** These people of the account, deleted or not; what refers to them cascades. */
    int erase(long accountId, Collection<Long> ids) {
        int erased = 0;
        for (List<Long> chunk : Batches.of(ids)) {
            erased += jdbc.sql("DELETE FROM person WHERE account_id = :account AND id IN (:ids)")
                    .param("account", accountId).param("ids", chunk).update();
        }
        return erased;
    }

    Map<Long, String> names(long accountId, Collection<Long> ids) {
        Map<Long, String> result = new HashMap<>();
        for (List<Long> chunk : Batches.of(ids)) {
            jdbc.sql("SELECT id, name FROM person WHERE account_id = :account AND id IN (:ids) AND deleted_at IS NULL")
                    .param("account", accountId).param("ids", chunk)
                    .query(rs -> {
                        result.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return result;
    }

    static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        String why = rs.getString("why");
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("company"), rs.getString("role"),
                rs.getString("location"), rs.getString("linkedin_url"), rs.getString("birthday"),
                rs.getString("how_we_met"), why == null ? null : Why.parse("why", why), rs.getString("notes"),
                Rows.intOrNull(rs, "own_rhythm_days"), Rows.intOrNull(rs, "rhythm_days"),
                Rows.dayOrNull(rs, "started_day"), Rows.dayOrNull(rs, "last_touch_day"), Rows.dayOrNull(rs, "due_day"),
                Rows.dayOrNull(rs, "snoozed_until"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

}

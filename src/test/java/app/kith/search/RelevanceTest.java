package app.kith.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.StoreTest;
import app.kith.person.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled "who knows X?" test: the who-knows engine is held to {@link RelevanceSuite#BAR}; the
 * substring filter over name, company, role, location, emails and topics (People's search before
 * it went through the engine) is measured beside it as the baseline, on the same questions and
 * store, and so is People's search now ({@link app.kith.search.Who#find}).
 */
class RelevanceTest extends StoreTest {

    @Test
    void measuresTheSubstringBaselineOverAtLeastFortyLabelledQueries() {
        RelevanceSuite suite = RelevanceSuite.loadInto(kith);
        long account = owner();

        RelevanceSuite.Score score = suite.measure("substring search on " + store, q -> substring(account, q));

        assertThat(score.rows()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(score.mean()).isBetween(0.0, 1.0).isLessThan(1.0);
    }

    /** People's search as it was: the text anywhere in search_text, by name. */
    private List<Long> substring(long account, String q) {
        return sql().sql("""
                        SELECT id FROM person WHERE account_id = :account AND deleted_at IS NULL
                          AND search_text LIKE :pattern ESCAPE '\\' ORDER BY name_key, id LIMIT 20
                        """)
                .param("account", account).param("pattern", "%" + q.strip().toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(Long.class).list();
    }

    @Test
    void peopleSearchThroughTheEngineDoesBetterThanTheSubstringSearch() {
        RelevanceSuite suite = RelevanceSuite.loadInto(kith);
        long account = owner();

        RelevanceSuite.Score before = suite.measure("substring search on " + store, q -> substring(account, q));
        RelevanceSuite.Score now = suite.measure("People.search (Who.find) on " + store,
                q -> kith.people().search(account, q, 20, 0).stream().map(Person::id).toList());

        assertThat(now.mean()).isGreaterThan(before.mean());
    }

    @Test
    void theWhoKnowsEngineKeepsMeanPrecisionAtNinetyOrAbove() {
        RelevanceSuite suite = RelevanceSuite.loadInto(kith);
        long account = owner();

        RelevanceSuite.Score score = suite.score("who-knows engine on " + store,
                q -> kith.who().who(account, new WhoQuery(q, null, null, null, 20)).stream().map(WhoResult::personId).toList());

        assertThat(score.rows()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aRankerThatReturnsThePeopleWhoShouldComeFirstScoresOne() {
        RelevanceSuite suite = RelevanceSuite.loadInto(kith);
        var ids = suite.idsByName();
        List<RelevanceSuite.Query> queries = RelevanceSuite.queries();

        RelevanceSuite.Score score = suite.evaluate("the labels themselves", q -> queries.stream()
                .filter(l -> l.query().equals(q)).findFirst().orElseThrow()
                .relevant().stream().map(ids::get).toList());

        assertThat(score.mean()).isEqualTo(1.0);
    }
}

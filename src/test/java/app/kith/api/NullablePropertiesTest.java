package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Which record properties the OpenAPI document declares able to be null. */
class NullablePropertiesTest {

    enum Mood { CALM, BUSY }

    record Inner(long id) {
    }

    record Sample(long id, int count, boolean done, String note, @NonNull String name, Integer days, LocalDate on,
                  List<String> tags, @Nullable List<String> maybeTags, Map<String, String> mapping, Inner inner,
                  @NonNull Inner always, Mood mood) {
    }

    @NullMarked
    record Marked(String name, @Nullable String note, Inner inner, @Nullable Inner maybe) {
    }

    static Map<String, Schema> properties(Class<?> type) {
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new NullableProperties());
        return converters.readAll(type).get(type.getSimpleName()).getProperties();
    }

    @Test
    void primitivesCollectionsAndNonNullTypesAreNeverNull() {
        Map<String, Schema> sample = properties(Sample.class);

        for (String name : List.of("id", "count", "done", "name", "tags", "mapping")) {
            assertThat(sample.get(name).getTypes()).as(name).doesNotContain("null");
        }
        assertThat(sample.get("always").get$ref()).endsWith("/Inner");
    }

    @Test
    void otherPropertiesOfUnmarkedRecordsCanBeNull() {
        Map<String, Schema> sample = properties(Sample.class);

        assertThat(sample.get("note").getTypes()).containsExactly("string", "null");
        assertThat(sample.get("days").getTypes()).containsExactly("integer", "null");
        assertThat(sample.get("on").getTypes()).containsExactly("string", "null");
        assertThat(sample.get("on").getFormat()).isEqualTo("date");
        assertThat(sample.get("maybeTags").getTypes()).containsExactly("array", "null");
        assertThat(sample.get("mood").getTypes()).containsExactly("string", "null");
        assertThat(sample.get("mood").getEnum()).containsExactly("CALM", "BUSY", null);
    }

    @Test
    void aReferenceThatCanBeNullIsTheComponentOrNullLeavingTheComponentAlone() {
        Schema<?> inner = properties(Sample.class).get("inner");

        assertThat(inner.get$ref()).isNull();
        assertThat(inner.getOneOf()).hasSize(2);
        assertThat(inner.getOneOf().get(0).get$ref()).endsWith("/Inner");
        assertThat(inner.getOneOf().get(1).getTypes()).containsExactly("null");
        assertThat(properties(Inner.class).get("id").getTypes()).containsExactly("integer");
    }

    @Test
    void inNullMarkedCodeOnlyNullableTypesCanBeNull() {
        Map<String, Schema> marked = properties(Marked.class);

        assertThat(marked.get("name").getTypes()).containsExactly("string");
        assertThat(marked.get("note").getTypes()).containsExactly("string", "null");
        assertThat(marked.get("inner").get$ref()).endsWith("/Inner");
        assertThat(marked.get("maybe").getOneOf()).hasSize(2);
    }
}

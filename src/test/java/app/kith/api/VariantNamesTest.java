package app.kith.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springdoc.core.converters.PolymorphicModelConverter;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;

/** The variants of a closed set, as springdoc lists them (oneOf), each named so that exactly one matches. */
class VariantNamesTest {

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Due.class, name = "person"), @JsonSubTypes.Type(Birthday.class),
                   @JsonSubTypes.Type(Reply.class)})
    sealed interface Item permits Due, Birthday, Reply {
    }

    record Due(String reason, int overdueDays) implements Item {
    }

    @JsonTypeName("birthday")
    record Birthday(String reason, Integer turns) implements Item {
    }

    record Reply(String reason) implements Item {
    }

    record Plan(List<Item> items) {
    }

    /** The schemas as the server's document has them: springdoc's variants, then Kith's converters. */
    static Map<String, Schema> schemas() {
        SpringDocConfigProperties springdoc = new SpringDocConfigProperties();
        springdoc.getApiDocs().setVersion(SpringDocConfigProperties.ApiDocs.OpenApiVersion.OPENAPI_3_1);
        ModelConverters converters = new ModelConverters(true);
        converters.addConverter(new NullableProperties());
        converters.addConverter(new VariantNames());
        converters.addConverter(new PolymorphicModelConverter(new ObjectMapperProvider(springdoc)));
        return converters.readAll(Plan.class);
    }

    @Test
    void eachVariantSaysTheNameJacksonWrites() {
        Map<String, Schema> schemas = schemas();

        assertThat(kind(schemas.get("Due"))).isEqualTo("person");
        assertThat(kind(schemas.get("Birthday"))).isEqualTo("birthday");
        assertThat(kind(schemas.get("Reply"))).isEqualTo("Reply");
        assertThat(schemas.get("Item").getDiscriminator().getMapping()).containsEntry("person", "#/components/schemas/Due")
                .containsEntry("birthday", "#/components/schemas/Birthday").hasSize(3);
        Schema<?> items = (Schema<?>) schemas.get("Plan").getProperties().get("items");
        assertThat(items.getItems().getOneOf()).hasSize(3);
    }

    @Test
    void anItemMatchesExactlyTheVariantItNames() {
        Contract contract = new Contract("""
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
                 "paths": {"/plan": {"get": {"responses": {"200": {"content": {"application/json":
                     {"schema": {"$ref": "#/components/schemas/Plan"}}}}}}}},
                 "components": {"schemas": %s}}
                """.formatted(Json31.pretty(schemas())));

        assertThat(contract.problems("GET", "/plan", 200, "application/json", """
                {"items": [{"kind": "birthday", "reason": "Birthday today", "turns": null},
                           {"kind": "person", "reason": "31 days since coffee", "overdueDays": 3},
                           {"kind": "Reply", "reason": null}]}
                """)).isEmpty();
        assertThat(contract.problems("GET", "/plan", 200, "application/json", """
                {"items": [{"kind": "job-change", "reason": "New role"}]}
                """)).isNotEmpty();
    }

    private static Object kind(Schema<?> variant) {
        return NullableProperties.properties(variant).get("kind").getConst();
    }
}

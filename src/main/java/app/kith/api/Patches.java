package app.kith.api;

import app.kith.Invalid;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * PATCH as JSON merge patch (RFC 7396): the properties sent replace the current ones, null
 * clears one, the rest stay. The merged result is read like a full body, with the same checks.
 */
@Component
class Patches {

    private final JsonMapper json;

    Patches(JsonMapper json) {
        this.json = json;
    }

    <T> T merge(T current, JsonNode changes, Class<T> type) {
        ObjectNode merged = json.valueToTree(current);
        merged.setAll(object(changes));
        return json.treeToValue(merged, type);
    }

    /** The changes as a body of the given type; absent and null properties both read as null. */
    <T> T read(JsonNode changes, Class<T> type) {
        return json.treeToValue(object(changes), type);
    }

    private static ObjectNode object(JsonNode changes) {
        if (changes == null || !changes.isObject()) {
            throw new Invalid(null, "the body must be a JSON object of the properties to change");
        }
        return (ObjectNode) changes;
    }
}

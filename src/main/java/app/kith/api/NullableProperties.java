package app.kith.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.NullUnmarked;
import org.jspecify.annotations.Nullable;

/**
 * Says in the OpenAPI document which properties can be null, from the records the API writes, so
 * that a client generated from it accepts what the server sends. A record component can be null
 * unless its type says otherwise: a primitive, a collection or map (Kith sends an empty one, never
 * null), a type marked JSpecify {@code @NonNull}, or any type in {@code @NullMarked} code that is
 * not marked {@code @Nullable}. A new record's properties are so covered without a word, and can
 * be declared never null one by one.
 */
final class NullableProperties implements ModelConverter {

    private static final String NULL = "null";

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        JavaType java = Json31.mapper().constructType(type.getType());
        Class<?> raw = java.getRawClass();
        Map<String, Schema> properties = properties(model(resolved, context));
        if (raw.isRecord() && properties != null) {
            for (RecordComponent component : raw.getRecordComponents()) {
                String name = jsonName(component);
                Schema<?> property = properties.get(name);
                if (property != null && canBeNull(component)) {
                    properties.put(name, nullable(property));
                }
            }
        }
        if (properties != null) {
            // A property that is no record component, written from a method (an interface's default):
            // null when its declaration says @Nullable.
            for (Method method : raw.getMethods()) {
                JsonProperty json = method.getAnnotation(JsonProperty.class);
                Schema<?> property = json == null ? null
                        : properties.get(json.value().isEmpty() ? method.getName() : json.value());
                if (property != null && method.getParameterCount() == 0
                        && method.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)) {
                    properties.put(json.value().isEmpty() ? method.getName() : json.value(), nullable(property));
                }
            }
        }
        return resolved;
    }

    @Override
    public boolean isOpenapi31() {
        return true;
    }

    /** The schema a {@code $ref} stands for, or the schema itself when it is inline. */
    static Schema<?> model(Schema<?> resolved, ModelConverterContext context) {
        String ref = resolved.get$ref();
        if (ref == null) {
            return resolved;
        }
        return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /**
     * A model's own properties: its {@code properties}, or those of the part of its {@code allOf}
     * that is its own (a variant of a closed set is its parent and its own part); null if none.
     */
    static Map<String, Schema> properties(Schema<?> model) {
        if (model == null) {
            return null;
        }
        if (model.getProperties() != null) {
            return model.getProperties();
        }
        if (model.getAllOf() != null) {
            for (Schema<?> part : model.getAllOf()) {
                if (part.get$ref() == null && part.getProperties() != null) {
                    return part.getProperties();
                }
            }
        }
        return null;
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = component.getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    static boolean canBeNull(RecordComponent component) {
        Class<?> type = component.getType();
        java.lang.reflect.AnnotatedType annotated = component.getAnnotatedType();
        if (type.isPrimitive() || type.isArray() || Collection.class.isAssignableFrom(type)
                || Map.class.isAssignableFrom(type)) {
            return annotated.isAnnotationPresent(Nullable.class);
        }
        if (annotated.isAnnotationPresent(Nullable.class)) {
            return true;
        }
        if (annotated.isAnnotationPresent(NonNull.class)) {
            return false;
        }
        return !nullMarked(component.getDeclaringRecord());
    }

    /** Whether the record is in JSpecify's null-marked code: itself, a class around it, or its package. */
    private static boolean nullMarked(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            Boolean said = marked(c);
            if (said != null) {
                return said;
            }
        }
        Boolean inPackage = marked(type.getPackage());
        return inPackage != null && inPackage;
    }

    private static Boolean marked(AnnotatedElement element) {
        if (element.isAnnotationPresent(NullUnmarked.class)) {
            return false;
        }
        return element.isAnnotationPresent(NullMarked.class) ? true : null;
    }

    /**
     * The property, also allowing null (OpenAPI 3.1): {@code "type": ["string", "null"]}, null
     * added to an enum's values, and a reference to a component as one of it or null (a
     * reference's siblings would change the shared component's meaning for every use).
     */
    private static Schema<?> nullable(Schema<?> property) {
        if (property.get$ref() != null) {
            Schema<?> ref = property;
            return new JsonSchema().oneOf(List.of(ref, new JsonSchema().typesItem(NULL)));
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes()) : new LinkedHashSet<>();
        if (types.isEmpty() && property.getType() != null) {
            types.add(property.getType());
        }
        if (types.isEmpty() || types.contains(NULL)) {
            return property;
        }
        types.add(NULL);
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            @SuppressWarnings("unchecked")
            Schema<Object> values = (Schema<Object>) property;
            List<Object> withNull = new ArrayList<>(values.getEnum());
            withNull.add(null);
            values.setEnum(withNull);
        }
        return property;
    }
}

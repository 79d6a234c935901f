package app.kith.api;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.media.Discriminator;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each variant of a closed set its own name in the document. springdoc lists the variants
 * of a type that Jackson writes with a name ({@code @JsonTypeInfo(use = NAME, property = "kind")})
 * as {@code oneOf}, which JSON Schema reads as "exactly one matches": without the names, an item
 * would match every variant that declares no property it lacks, and validators (and clients
 * generated from the document) would refuse the server's answers. Each variant's schema so says
 * {@code "kind": {"const": "birthday"}}, the name Jackson writes, and the parent's discriminator maps
 * each name to its variant (without a mapping, a name is taken for the schema's own name).
 */
final class VariantNames implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = Json31.mapper().constructType(type.getType()).getRawClass();
        Schema<?> model = NullableProperties.model(resolved, context);
        if (model == null) {
            return resolved;
        }
        String own = property(raw);
        if (own != null) {
            Discriminator discriminator = model.getDiscriminator() != null ? model.getDiscriminator()
                    : new Discriminator().propertyName(own);
            variants(raw).forEach(variant -> discriminator.mapping(name(variant, raw), COMPONENTS + variant.getSimpleName()));
            model.setDiscriminator(discriminator);
        }
        Map<String, Schema> properties = NullableProperties.properties(model);
        if (properties == null || raw.isInterface()) {
            return resolved;
        }
        for (Class<?> parent : parents(raw)) {
            String property = property(parent);
            if (property != null) {
                properties.put(property, new JsonSchema().typesItem("string")._const(name(raw, parent)));
            }
        }
        return resolved;
    }

    /** The property a parent of variants writes their names to, if it is one. */
    private static String property(Class<?> parent) {
        JsonTypeInfo info = parent.getAnnotation(JsonTypeInfo.class);
        if (info == null || info.use() != JsonTypeInfo.Id.NAME
                || (info.include() != JsonTypeInfo.As.PROPERTY && info.include() != JsonTypeInfo.As.EXISTING_PROPERTY)) {
            return null;
        }
        return info.property().isEmpty() ? info.use().getDefaultPropertyName() : info.property();
    }

    /** A parent's variants: those it lists, and those it permits when sealed. */
    private static Set<Class<?>> variants(Class<?> parent) {
        Set<Class<?>> variants = new LinkedHashSet<>();
        JsonSubTypes listed = parent.getAnnotation(JsonSubTypes.class);
        if (listed != null) {
            for (JsonSubTypes.Type t : listed.value()) {
                variants.add(t.value());
            }
        }
        if (parent.isSealed()) {
            variants.addAll(List.of(parent.getPermittedSubclasses()));
        }
        return variants;
    }

    @Override
    public boolean isOpenapi31() {
        return true;
    }

    private static List<Class<?>> parents(Class<?> type) {
        List<Class<?>> parents = new ArrayList<>(List.of(type.getInterfaces()));
        if (type.getSuperclass() != null && type.getSuperclass() != Object.class && type.getSuperclass() != Record.class) {
            parents.add(type.getSuperclass());
        }
        return parents;
    }

    /** The name Jackson writes for this variant: its own, the one its parent lists, or its simple name. */
    private static String name(Class<?> variant, Class<?> parent) {
        JsonTypeName own = variant.getAnnotation(JsonTypeName.class);
        if (own != null && !own.value().isEmpty()) {
            return own.value();
        }
        JsonSubTypes listed = parent.getAnnotation(JsonSubTypes.class);
        if (listed != null) {
            for (JsonSubTypes.Type t : listed.value()) {
                if (t.value() == variant && !t.name().isEmpty()) {
                    return t.name();
                }
            }
        }
        return variant.getSimpleName();
    }
}

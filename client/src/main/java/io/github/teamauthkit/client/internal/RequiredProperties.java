package io.github.teamauthkit.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.List;

/**
 * Refuses a model read without a property the spec requires and does not allow to be null: the generator marks those
 * {@code @JsonProperty(required = true)} (a required but nullable one is {@code required = false}), which Jackson
 * enforces only for constructor parameters, and the models are set through setters. A session answered without its
 * {@code team} used to reach the CLI as null and end in a NullPointerException.
 */
final class RequiredProperties extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        List<BeanPropertyDefinition> required = description.findProperties().stream()
                .filter(property -> property.isRequired() && property.hasGetter()).toList();
        return required.isEmpty() ? deserializer : new Checked(deserializer, required);
    }

    /** A required property missing or null: Jackson's path to it is the JSON pointer of where it should be. */
    static final class MissingProperty extends MismatchedInputException {
        private MissingProperty(JsonParser parser, Object bean, String property) {
            super(parser, "missing required property", (Class<?>) null);
            prependPath(bean, property);
        }
    }

    private static final class Checked extends DelegatingDeserializer {
        private final List<BeanPropertyDefinition> required;

        Checked(JsonDeserializer<?> delegate, List<BeanPropertyDefinition> required) {
            super(delegate);
            this.required = required;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Checked(delegate, required);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object bean = super.deserialize(parser, context);
            for (BeanPropertyDefinition property : required) {
                if (bean != null && property.getGetter().getValue(bean) == null) {
                    throw new MissingProperty(parser, bean, property.getName());
                }
            }
            return bean;
        }
    }
}

package org.newsquiz.web.config;

import java.io.IOException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON strings may not contain the NUL character ({@code \u0000}): PostgreSQL cannot store it in text, so a body
 * carrying one is refused as unreadable JSON (400) instead of failing when it is saved.
 */
@Singleton
public class TextWithoutNul implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new Strings()));
    }

    static final class Strings extends StdScalarDeserializer<String> {
        Strings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                return (String) context.handleWeirdStringValue(String.class, value, "text may not contain NUL");
            }
            return value;
        }
    }
}

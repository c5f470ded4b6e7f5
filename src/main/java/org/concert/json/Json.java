package org.concert.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one configured JSON mapper. The server's Spring mapper is built by Spring Boot with the same
 * configuration ({@link #configure}), adding only what Spring's web layer needs (problem details).
 */
public final class Json {

    private static final JsonMapper MAPPER = configure(JsonMapper.builder()).build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /**
     * Reading refuses duplicate keys (a case with two {@code "date"}s is an error, not the last one
     * silently); unknown properties and nulls are left to the case schema, which names their path.
     */
    public static JsonMapper.Builder configure(JsonMapper.Builder builder) {
        return builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** {@code value} as indented JSON, for people: the command line's {@code --format json} and report files. */
    public static String pretty(Object value) {
        return PRETTY.writeValueAsString(value);
    }
}

package org.concert.casefile;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import org.concert.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a case file and rejects it whole at the first sign of trouble: malformed JSON, anything
 * the schema forbids ({@code case.schema.json}), then what a schema cannot say (see
 * {@link CaseChecks}). Every error names the file, the JSON path and the reason.
 */
public final class CaseLoader {

    private static final JsonMapper JSON = Json.mapper();

    private static final Schema SCHEMA = loadSchema();

    private CaseLoader() {
    }

    public static CaseFile load(Path file) {
        String name = file.toString();
        try {
            return parse(Files.readString(file), name);
        } catch (IOException e) {
            throw new InvalidCaseException(List.of(new CaseError(name, "$", "cannot read the file: " + e.getMessage())));
        }
    }

    /** Parses case JSON from any origin; {@code origin} names it in errors (a file, or "request body"). */
    public static CaseFile parse(String json, String origin) {
        JsonNode tree = readTree(json, origin);
        return fromTree(tree, origin);
    }

    /** Validates and binds an already-parsed case, as the HTTP API receives it. */
    public static CaseFile fromTree(JsonNode tree, String origin) {
        List<CaseError> errors = schemaErrors(tree, origin);
        if (!errors.isEmpty()) throw new InvalidCaseException(errors);
        CaseFile raw;
        try {
            raw = JSON.treeToValue(tree, CaseFile.class);
        } catch (JacksonException e) {
            throw new InvalidCaseException(List.of(new CaseError(origin, "$" + jsonPath(e), e.getOriginalMessage())));
        }
        CaseFile located = withPaths(raw, origin);
        errors = CaseChecks.check(located);
        if (!errors.isEmpty()) throw new InvalidCaseException(errors);
        return located;
    }

    public static JsonNode readTree(String json, String origin) {
        try {
            JsonNode tree = JSON.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidCaseException(List.of(new CaseError(origin, "$", "empty document: a case is a JSON object")));
            }
            return tree;
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InvalidCaseException(List.of(new CaseError(origin, "$", "malformed JSON" + where + ": " + e.getOriginalMessage())));
        }
    }

    private static List<CaseError> schemaErrors(JsonNode tree, String origin) {
        Set<CaseError> errors = new LinkedHashSet<>();
        List<Error> found;
        try {
            found = SCHEMA.validate(tree);
        } catch (JacksonException e) {
            // The validator throws (rather than reports) on a number a `minimum` cannot compare, e.g. 1e308.
            List<CaseError> outOfRange = new ArrayList<>();
            outOfRange(tree, "$", origin, outOfRange);
            if (outOfRange.isEmpty()) outOfRange.add(new CaseError(origin, "$", "a value cannot be checked: " + e.getOriginalMessage()));
            return outOfRange;
        }
        for (Error e : found) {
            String path = e.getInstanceLocation().toString();
            errors.add(new CaseError(origin, path, describe(e)));
        }
        List<CaseError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparing(CaseError::path).thenComparing(CaseError::message));
        return sorted;
    }

    private static void outOfRange(JsonNode node, String path, String origin, List<CaseError> errors) {
        if (node.isNumber()) {
            java.math.BigDecimal value = node.decimalValue();
            if (value.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                errors.add(new CaseError(origin, path, "number " + node + " is out of range"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) outOfRange(node.get(i), path + "[" + i + "]", origin, errors);
        } else if (node.isObject()) {
            for (java.util.Map.Entry<String, JsonNode> p : node.properties()) outOfRange(p.getValue(), path + "." + p.getKey(), origin, errors);
        }
    }

    /** The validator's reason in the analyst's words where we can do better than the library. */
    private static String describe(Error e) {
        JsonNode value = e.getInstanceNode();
        switch (e.getKeyword()) {
            case "format":
                return value + " is not a " + (e.getSchemaNode() != null ? e.getSchemaNode().asString() : "valid value")
                        .replace("date", "date (YYYY-MM-DD)");
            case "required":
                if ("source".equals(e.getProperty())) {
                    return "fact has no source: every fact needs one (author, year, and title or url)";
                }
                return "required property '" + e.getProperty() + "' is missing";
            case "additionalProperties":
                return "unknown property '" + e.getProperty() + "'";
            case "enum":
                return value + " is not one of " + e.getSchemaNode();
            default:
                String message = e.getMessage();
                String prefix = e.getInstanceLocation().toString() + ": ";
                return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
        }
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) s.append('.').append(r.getPropertyName());
            else if (r.getIndex() >= 0) s.append('[').append(r.getIndex()).append(']');
        }
        return s.toString();
    }

    private static CaseFile withPaths(CaseFile c, String origin) {
        return new CaseFile(c.id(), c.title(), c.period(), c.summary(), c.perspective(),
                indexed(c.actors(), "$.actors", (a, p) -> a.at(p)),
                indexed(c.organisations(), "$.organisations", (o, p) -> o.at(p)),
                indexed(c.memberships(), "$.memberships", (m, p) -> m.at(p)),
                indexed(c.events(), "$.events", (e, p) -> e.at(p)),
                c.outcomeRule(),
                indexed(c.outcomes(), "$.outcomes", (o, p) -> o.at(p)),
                indexed(c.expectations(), "$.expectations", (x, p) -> x.at(p)),
                origin);
    }

    private static <T> List<T> indexed(List<T> items, String base, java.util.function.BiFunction<T, String, T> at) {
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) out.add(at.apply(items.get(i), base + "[" + i + "]"));
        return out;
    }

    private static Schema loadSchema() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .pathType(PathType.JSON_PATH)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(config));
        try (InputStream in = CaseLoader.class.getResourceAsStream("/case.schema.json")) {
            if (in == null) throw new IllegalStateException("case.schema.json is missing from the classpath");
            return registry.getSchema(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON mapper cases are read with: the application's one ({@link Json}). */
    public static JsonMapper mapper() {
        return JSON;
    }
}

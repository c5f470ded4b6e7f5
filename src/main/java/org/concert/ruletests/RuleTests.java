package org.concert.ruletests;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the rule tests of a directory ({@code rules/tests/*.yaml}). A file holds {@code tests:}, a list
 * of entries, and may hold {@code fixtures:}, named sets of facts any entry of the directory can start
 * from with {@code given:}. An entry:
 * <pre>
 * - name: Promising membership to Russia's red-line buffer state raises a high warning
 *   rule: Promising membership to a red-line buffer state crosses the red line   # optional
 *   nearMiss: false                                                               # optional
 *   given: [russia-excluded, ukraine-red-line]                                    # optional
 *   asOf: 2008-04-04
 *   facts: {actors: [...], organisations: [...], memberships: [...], events: [...]}
 *   expect: {warnings: [{cites: P20, level: HIGH}], conclusions: [{kind: buffer-state, subject: UKR}]}
 *   absent: {warnings: [{cites: P21}]}
 * </pre>
 * Facts use the case-file vocabulary; what is obvious is filled in: ids, names, a region of
 * {@value #DEFAULT_REGION}, organisations founded {@value #TIMELESS}, memberships full and starting when
 * their organisation was founded, event titles, and a fixture source for every fact.
 * {@code greatPower: true} (or a date) stands for a great-power status from then on; so does {@code nuclear}.
 */
public final class RuleTests {

    public static final String DEFAULT_REGION = "Europe";
    public static final String TIMELESS = "1000-01-01";

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> FILE_KEYS = Set.of("fixtures", "tests");
    private static final Set<String> ENTRY_KEYS = Set.of("name", "rule", "nearMiss", "given", "asOf", "facts", "expect", "absent");
    private static final Set<String> FACT_KEYS = Set.of("actors", "organisations", "memberships", "events");
    private static final Set<String> CLAIM_KEYS = Set.of("warnings", "conclusions", "evidence", "ranking");
    static final Set<String> WARNING_FIELDS = Set.of("cites", "kind", "level", "atLeast", "actor");
    static final Set<String> CONCLUSION_FIELDS = Set.of("kind", "subject", "object");
    static final Set<String> EVIDENCE_FIELDS = Set.of("explanation", "supports", "actor", "weight");

    private final List<String> problems = new ArrayList<>();
    private final Map<String, JsonNode> fixtures = new LinkedHashMap<>();

    private RuleTests() {
    }

    /** Every entry of every {@code .yaml} file under {@code dir}, in file order; throws listing every problem. */
    public static List<RuleTest> load(Path dir) {
        return load(dir, List.of());
    }

    /**
     * The entries of {@code only} (files inside or outside {@code dir}), or of every file under {@code dir} when
     * {@code only} is empty; the fixtures of every file under {@code dir} can be used by all of them.
     */
    public static List<RuleTest> load(Path dir, List<Path> only) {
        RuleTests reader = new RuleTests();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (Path f : files(dir)) files.put(name(f), reader.read(f));
        for (Path f : only) {
            if (!Files.isRegularFile(f)) reader.problems.add(f + ": no such rule-test file");
            else files.putIfAbsent(name(f), reader.read(f));
        }
        files.forEach(reader::fixtures);
        Set<String> wanted = new java.util.HashSet<>();
        for (Path f : only) wanted.add(name(f));
        List<RuleTest> tests = new ArrayList<>();
        files.forEach((name, root) -> {
            if (wanted.isEmpty() || wanted.contains(name)) tests.addAll(reader.tests(name, root));
        });
        if (!reader.problems.isEmpty()) throw new RuleTestException(reader.problems);
        return tests;
    }

    /**
     * The rule-test files under {@code dir} as texts, by the names {@link #load(Path)} gives them: to run the same
     * tests where the directory cannot be read (a sandboxed child). Symbolic links are not followed.
     */
    public static Map<String, String> texts(Path dir) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path f : files(dir)) {
            if (Files.isSymbolicLink(f)) continue;
            try {
                texts.put(name(f), Files.readString(f));
            } catch (IOException e) {
                throw new RuleTestException(List.of(name(f) + ": cannot read: " + e.getMessage()));
            }
        }
        return texts;
    }

    /** Every entry of these files (name → YAML), as {@link #load(Path)} reads them from a directory. */
    public static List<RuleTest> load(Map<String, String> texts) {
        RuleTests reader = new RuleTests();
        Map<String, JsonNode> files = new LinkedHashMap<>();
        texts.forEach((name, text) -> files.put(name, reader.read(name, text)));
        files.forEach(reader::fixtures);
        List<RuleTest> tests = new ArrayList<>();
        files.forEach((name, root) -> tests.addAll(reader.tests(name, root)));
        if (!reader.problems.isEmpty()) throw new RuleTestException(reader.problems);
        return tests;
    }

    private static String name(Path f) {
        Path normal = f.normalize();
        Path cwd = Path.of("").toAbsolutePath();
        Path absolute = normal.toAbsolutePath();
        return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : normal).toString().replace('\\', '/');
    }

    /** The rule-test files under {@code dir}, sorted; none when the directory does not exist. */
    public static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> Files.isRegularFile(f) && (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode read(Path file) {
        String name = file.toString().replace('\\', '/');
        try {
            return read(name, Files.readString(file));
        } catch (IOException e) {
            problems.add(name + ": cannot read: " + e.getMessage());
        }
        return NODES.objectNode();
    }

    private JsonNode read(String name, String text) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                problems.add(name + ": expected a map with 'tests' (and optionally 'fixtures')");
                return NODES.objectNode();
            }
            unknownKeys(name, root, FILE_KEYS);
            return root;
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(name + ":" + line + ": malformed YAML: " + e.getOriginalMessage());
        }
        return NODES.objectNode();
    }

    private void fixtures(String file, JsonNode root) {
        for (Map.Entry<String, JsonNode> f : root.path("fixtures").properties()) {
            String where = file + ": fixtures." + f.getKey();
            if (fixtures.containsKey(f.getKey())) problems.add(where + ": a fixture of that name is already defined");
            if (!f.getValue().isObject()) {
                problems.add(where + ": expected facts (actors, organisations, memberships, events)");
                continue;
            }
            unknownKeys(where, f.getValue(), FACT_KEYS);
            fixtures.put(f.getKey(), f.getValue());
        }
    }

    private List<RuleTest> tests(String file, JsonNode root) {
        List<RuleTest> tests = new ArrayList<>();
        JsonNode list = root.path("tests");
        if (list.isMissingNode()) return tests; // a file of fixtures only
        if (!list.isArray()) {
            problems.add(file + ": 'tests' must be a list of entries");
            return tests;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            String where = file + ": tests[" + i + "]";
            if (!entry.isObject()) {
                problems.add(where + ": expected an entry with name, asOf, facts, expect/absent");
                continue;
            }
            String name = entry.path("name").asString(null);
            if (name == null || name.isBlank()) {
                problems.add(where + ": needs a name, a sentence saying what should happen");
                continue;
            }
            where += " (" + name + ")";
            int before = problems.size();
            unknownKeys(where, entry, ENTRY_KEYS);
            LocalDate asOf = date(where + ".asOf", entry.path("asOf"));
            List<JsonNode> facts = new ArrayList<>();
            for (JsonNode g : entry.path("given").isArray() ? entry.path("given") : single(entry.path("given"))) {
                JsonNode fixture = fixtures.get(g.asString());
                if (fixture == null) problems.add(where + ".given: no fixture named \"" + g.asString() + "\"");
                else facts.add(fixture);
            }
            if (entry.has("facts")) {
                if (entry.get("facts").isObject()) {
                    unknownKeys(where + ".facts", entry.get("facts"), FACT_KEYS);
                    facts.add(entry.get("facts"));
                } else {
                    problems.add(where + ".facts: expected actors, organisations, memberships, events");
                }
            }
            RuleTest.Claims expect = claims(where + ".expect", entry.path("expect"));
            RuleTest.Claims absent = claims(where + ".absent", entry.path("absent"));
            if (expect.isEmpty() && absent.isEmpty() && !entry.has("rule")) {
                problems.add(where + ": says nothing to check: give a rule, or warnings, conclusions or evidence expected or absent");
            }
            if (!absent.ranking().isEmpty()) problems.add(where + ".absent.ranking: a ranking can only be expected");
            if (problems.size() > before) continue;
            tests.add(new RuleTest(file, i, name, entry.path("rule").asString(null), entry.path("nearMiss").asBoolean(false),
                    asOf, caseFor(name, asOf, facts), expect, absent));
        }
        return tests;
    }

    private RuleTest.Claims claims(String where, JsonNode node) {
        if (node.isMissingNode() || node.isNull()) return RuleTest.Claims.NONE;
        if (!node.isObject()) {
            problems.add(where + ": expected warnings, conclusions, evidence or ranking");
            return RuleTest.Claims.NONE;
        }
        unknownKeys(where, node, CLAIM_KEYS);
        List<String> ranking = new ArrayList<>();
        for (JsonNode r : node.path("ranking")) ranking.add(r.asString());
        return new RuleTest.Claims(matchers(where + ".warnings", node.path("warnings"), WARNING_FIELDS),
                matchers(where + ".conclusions", node.path("conclusions"), CONCLUSION_FIELDS),
                matchers(where + ".evidence", node.path("evidence"), EVIDENCE_FIELDS), ranking);
    }

    private List<JsonNode> matchers(String where, JsonNode list, Set<String> fields) {
        List<JsonNode> out = new ArrayList<>();
        if (list.isMissingNode()) return out;
        if (!list.isArray()) {
            problems.add(where + ": expected a list, e.g. [{" + fields.iterator().next() + ": …}]");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject() || list.get(i).isEmpty()) {
                problems.add(where + "[" + i + "]: expected a map of " + fields);
                continue;
            }
            unknownKeys(where + "[" + i + "]", list.get(i), fields);
            out.add(list.get(i));
        }
        return out;
    }

    private LocalDate date(String where, JsonNode node) {
        if (node.isMissingNode()) {
            problems.add(where + ": the entry needs an as-of date (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            problems.add(where + ": \"" + node.asString() + "\" is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    private void unknownKeys(String where, JsonNode node, Set<String> allowed) {
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) problems.add(where + ": unknown key '" + key + "' (expected one of " + new java.util.TreeSet<>(allowed) + ")");
        }
    }

    private static Iterable<JsonNode> single(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? List.of() : List.of(node);
    }

    /** The entry's facts, fixtures first, completed into a case file as of {@code asOf}. */
    static ObjectNode caseFor(String name, LocalDate asOf, List<JsonNode> facts) {
        ObjectNode source = NODES.objectNode().put("author", "Concert rule tests").put("year", 2026)
                .put("title", "Fixture of the rule test: " + (name.length() > 400 ? name.substring(0, 400) : name));
        Map<String, ArrayNode> merged = new LinkedHashMap<>();
        for (String key : List.of("actors", "organisations", "memberships", "events")) merged.put(key, NODES.arrayNode());
        for (JsonNode f : facts) {
            for (String key : merged.keySet()) for (JsonNode item : f.path(key)) merged.get(key).add(item.deepCopy());
        }
        Map<String, String> founded = new HashMap<>();
        for (JsonNode item : merged.get("organisations")) {
            ObjectNode o = (ObjectNode) item;
            putIfAbsent(o, "name", o.path("id").asString(""));
            putIfAbsent(o, "region", DEFAULT_REGION);
            putIfAbsent(o, "founded", TIMELESS);
            if (!o.has("source")) o.set("source", source);
            founded.put(o.path("id").asString(""), o.path("founded").asString());
        }
        for (JsonNode item : merged.get("actors")) {
            ObjectNode a = (ObjectNode) item;
            putIfAbsent(a, "name", a.path("id").asString(""));
            putIfAbsent(a, "region", DEFAULT_REGION);
            status(a, "greatPower");
            status(a, "nuclear");
            if (!a.has("source")) a.set("source", source);
        }
        int i = 0;
        for (JsonNode item : merged.get("memberships")) {
            ObjectNode m = (ObjectNode) item;
            putIfAbsent(m, "id", "m" + ++i + "-" + m.path("actor").asString("") + "-" + m.path("organisation").asString(""));
            putIfAbsent(m, "status", "full");
            putIfAbsent(m, "from", founded.getOrDefault(m.path("organisation").asString(""), TIMELESS));
            if (!m.has("source")) m.set("source", source);
        }
        i = 0;
        for (JsonNode item : merged.get("events")) {
            ObjectNode e = (ObjectNode) item;
            putIfAbsent(e, "id", "e" + ++i + "-" + e.path("kind").asString("event"));
            putIfAbsent(e, "title", title(e));
            if (!e.has("source")) e.set("source", source);
        }
        ObjectNode c = NODES.objectNode();
        c.put("id", "rule-test");
        c.put("title", name.length() > 300 ? name.substring(0, 300) : name);
        c.set("period", NODES.objectNode().put("from", TIMELESS).put("to", asOf == null ? TIMELESS : asOf.toString()));
        merged.forEach(c::set);
        c.set("outcomes", NODES.arrayNode());
        c.set("expectations", NODES.arrayNode());
        return c;
    }

    private static void status(ObjectNode actor, String field) {
        JsonNode v = actor.get(field);
        if (v == null || v.isArray()) return;
        if (v.isBoolean()) {
            if (v.asBoolean()) actor.set(field, NODES.arrayNode().add(NODES.objectNode().put("from", TIMELESS)));
            else actor.remove(field);
        } else if (v.isString()) {
            actor.set(field, NODES.arrayNode().add(NODES.objectNode().put("from", v.asString())));
        }
    }

    private static String title(JsonNode e) {
        StringBuilder s = new StringBuilder(e.path("kind").asString("event"));
        if (e.has("actor")) s.append(' ').append(e.get("actor").asString());
        if (e.has("target")) s.append(" → ").append(e.get("target").asString());
        if (e.has("organisation")) s.append(" (").append(e.get("organisation").asString()).append(')');
        if (e.has("parties")) {
            List<String> parties = new ArrayList<>();
            e.get("parties").forEach(p -> parties.add(p.asString()));
            s.append(' ').append(String.join(", ", parties));
        }
        return s.toString();
    }

    private static void putIfAbsent(ObjectNode node, String field, String value) {
        if (!node.has(field)) node.put(field, value);
    }
}

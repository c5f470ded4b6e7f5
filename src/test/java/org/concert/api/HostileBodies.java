package org.concert.api;

import org.concert.casefile.CaseLoader;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Request bodies an attacker or a buggy client might send, from a seeded {@link Random}: random
 * bytes, truncated or mutated cases (wrong types, missing or unknown fields, bad dates, unknown
 * ids, huge strings, deep nesting, odd numbers), and what-if requests built from the same parts.
 * Each comes with the statuses it may be answered with, by what it is (over the body limit, or with
 * an {@code asOf} that is not a date, the answer is decided before the body is read: see the test).
 */
final class HostileBodies {

    /** A body, what kind of body it is, and the statuses the server may answer it with. */
    record Body(String kind, byte[] bytes, Set<Integer> expected) {
    }

    /** The {@code asOf} query value, and whether it is an ISO date (some odd-looking ones are: +999999999-12-31). */
    record AsOf(String query, boolean date) {
    }

    static final int MALFORMED = 400, TOO_LARGE = 413, NOT_A_CASE = 422, UNKNOWN_CASE = 404, OK = 200;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Writes what the generator nests, however deep: the server, not the generator, must refuse it. */
    private static final JsonMapper WRITER = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(1_000_000).build()).build()).build();
    private static final String[] BAD_DATES = {"2008-02-30", "2008-13-01", "08-04-04", "", "2008-4-4", "+999999999-12-31",
            "-0001-01-01", "2008-04-04T00:00:00Z", "0000-00-00", "9999-99-99", "2008-04-04\u0000", "\u202e2008-04-04"};
    private static final String[] FACT_LISTS = {"actors", "organisations", "memberships", "events"};

    private final Random random;
    private final List<JsonNode> cases = new ArrayList<>();
    private final List<String> caseTexts = new ArrayList<>();

    HostileBodies(long seed) {
        this.random = new Random(seed);
        for (String id : List.of("vienna-1815", "versailles-1919", "russia-west-1990-2022")) {
            try {
                String text = Files.readString(Path.of("cases", id + ".json"));
                caseTexts.add(text);
                cases.add(CaseLoader.mapper().readTree(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A body for {@code POST /api/evaluations}: a case, more or less. */
    Body caseBody() {
        return switch (random.nextInt(11)) {
            case 0 -> randomBytes();
            case 5 -> new Body("over the limit", overTheLimit(), Set.of(TOO_LARGE));
            case 1 -> new Body("truncated case", truncated(), Set.of(MALFORMED));
            case 2 -> json("JSON that is not a case", topLevelNonsense(), Set.of(NOT_A_CASE));
            case 3 -> {
                int depth = random.nextInt(3000) + 10;
                // Deeper than the parser's limit is malformed; within it, JSON that is not a case.
                yield new Body("deep nesting", utf8(deeplyNested(depth, random.nextBoolean())),
                        Set.of(depth > StreamReadConstraints.DEFAULT_MAX_DEPTH ? MALFORMED : NOT_A_CASE));
            }
            case 4 -> new Body("case with broken UTF-8", withBrokenUtf8(WRITER.writeValueAsBytes(aCase())), Set.of(MALFORMED));
            default -> json("mutated case", mutatedCase(), Set.of(OK, NOT_A_CASE));
        };
    }

    /** A body for {@code POST /api/what-if}: a what-if request, more or less. */
    Body whatIfBody() {
        if (random.nextInt(4) == 0) {
            Body b = caseBody();
            // A case, even a valid one, is not a what-if request (no changes, members of its own).
            return b.expected().contains(OK) ? new Body(b.kind(), b.bytes(), Set.of(NOT_A_CASE)) : b;
        }
        ObjectNode request = NODES.objectNode();
        switch (random.nextInt(4)) {
            case 0 -> request.put("caseId", random.nextBoolean() ? "russia-west-1990-2022" : randomString(12));
            case 1 -> request.set("case", random.nextBoolean() ? mutatedCase() : aCase());
            case 2 -> request.set("caseId", hostileValue());
            default -> { }
        }
        ObjectNode changes = request.putObject("changes");
        JsonNode base = cases.get(random.nextInt(cases.size()));
        if (random.nextBoolean()) {
            ArrayNode remove = changes.putArray("remove");
            for (int i = random.nextInt(4); i > 0; i--) remove.add(random.nextBoolean() ? someFactId(base) : hostileValue());
        }
        if (random.nextBoolean()) {
            ArrayNode add = changes.putArray("add");
            for (int i = random.nextInt(3); i > 0; i--) {
                ObjectNode fact = (ObjectNode) mutated(someFact(base).deepCopy());
                fact.put("id", "added-" + random.nextInt(1000));
                if (random.nextBoolean()) fact.set("into", random.nextBoolean() ? NODES.stringNode(FACT_LISTS[random.nextInt(4)]) : hostileValue());
                add.add(fact);
            }
        }
        if (random.nextBoolean()) {
            ArrayNode change = changes.putArray("change");
            for (int i = random.nextInt(3); i > 0; i--) change.add(mutated(someFact(base).deepCopy()));
        }
        if (random.nextInt(5) == 0) request.set(random.nextBoolean() ? "changes" : randomString(5), hostileValue());
        return json("what-if request", mutated(request), Set.of(OK, UNKNOWN_CASE, NOT_A_CASE));
    }

    /** The {@code asOf} query value: mostly a date, sometimes not. */
    AsOf asOf() {
        if (random.nextInt(6) > 0) return new AsOf((1800 + random.nextInt(230)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), true);
        String text = BAD_DATES[random.nextInt(BAD_DATES.length)];
        boolean date;
        try {
            java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ISO_DATE);
            date = true;
        } catch (java.time.format.DateTimeParseException e) {
            date = false;
        }
        return new AsOf(java.net.URLEncoder.encode(text, StandardCharsets.UTF_8), date);
    }

    private JsonNode aCase() {
        return cases.get(random.nextInt(cases.size())).deepCopy();
    }

    private JsonNode mutatedCase() {
        JsonNode c = aCase();
        for (int i = 1 + random.nextInt(3); i > 0; i--) c = mutated(c);
        return c;
    }

    /** One change somewhere in the tree: a value replaced by a hostile one, a field removed, or an unknown field added. */
    private JsonNode mutated(JsonNode root) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(randomString(6), hostileValue());
                case 2 -> o.put(name, name.equals("id") ? randomString(8) : BAD_DATES[random.nextInt(BAD_DATES.length)]);
                default -> o.set(name, hostileValue());
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = random.nextInt(a.size());
            if (random.nextBoolean()) a.remove(i);
            else a.set(i, hostileValue());
        } else if (target instanceof ArrayNode a) {
            a.add(hostileValue());
        }
        return root;
    }

    private JsonNode hostileValue() {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(random.nextLong());
            case 3 -> NODES.numberNode(random.nextBoolean() ? Double.MAX_VALUE : -0.0);
            case 4 -> NODES.numberNode(new java.math.BigDecimal("1e" + random.nextInt(400)));
            case 5 -> NODES.stringNode("");
            case 6 -> NODES.stringNode("x".repeat(random.nextInt(300_000)));
            case 7 -> NODES.stringNode(BAD_DATES[random.nextInt(BAD_DATES.length)]);
            case 8 -> NODES.stringNode(randomString(1 + random.nextInt(40)));
            case 9 -> NODES.arrayNode();
            case 10 -> NODES.objectNode();
            case 11 -> CaseLoader.mapper().readTree(deeplyNested(1 + random.nextInt(400), random.nextBoolean()));
            case 12 -> someFact(cases.get(random.nextInt(cases.size()))).deepCopy();
            default -> NODES.arrayNode().add(randomString(3)).add(random.nextInt());
        };
    }

    private JsonNode someFact(JsonNode c) {
        JsonNode list = c.get(FACT_LISTS[random.nextInt(FACT_LISTS.length)]);
        return list.get(random.nextInt(list.size()));
    }

    private JsonNode someFactId(JsonNode c) {
        return someFact(c).get("id");
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isContainer()) {
            into.add(node);
            for (JsonNode child : node) collect(child, into);
        }
    }

    private JsonNode topLevelNonsense() {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.numberNode(random.nextInt());
            case 1 -> NODES.stringNode(randomString(20));
            case 2 -> NODES.nullNode();
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.arrayNode().add(aCase());
            default -> NODES.objectNode().put(randomString(4), random.nextInt());
        };
    }

    private String deeplyNested(int depth, boolean arrays) {
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return open.repeat(depth) + (arrays ? "1" : "1") + close.repeat(depth);
    }

    /** Random bytes are malformed JSON, unless by chance they are JSON (then they are not a case). */
    private Body randomBytes() {
        byte[] bytes = new byte[random.nextInt(4000)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) bytes[0] = '{';
        boolean json;
        try {
            json = bytes.length > 0 && CaseLoader.mapper().readTree(bytes) != null;
        } catch (RuntimeException e) {
            json = false;
        }
        return new Body("random bytes", bytes, Set.of(json ? NOT_A_CASE : MALFORMED));
    }

    /** Over the 1 MB limit, but not by so much that the server may drop the connection instead of answering 413. */
    private byte[] overTheLimit() {
        return utf8("{\"title\": \"" + "x".repeat(1_048_576 + random.nextInt(500_000)) + "\"}");
    }

    /** Cut before the closing brace, so never a whole case. */
    private byte[] truncated() {
        String text = caseTexts.get(random.nextInt(caseTexts.size()));
        return utf8(text.substring(0, random.nextInt(text.lastIndexOf('}'))));
    }

    /** The case's title starting with a UTF-8 continuation byte, which no character starts with. */
    private byte[] withBrokenUtf8(byte[] json) {
        byte[] title = utf8("\"title\":\"");
        for (int at = 0; at + title.length < json.length; at++) {
            if (java.util.Arrays.equals(json, at, at + title.length, title, 0, title.length)) {
                json[at + title.length] = (byte) (0x80 + random.nextInt(0x40));
                return json;
            }
        }
        throw new IllegalStateException("a case without a title");
    }

    private String randomString(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.appendCodePoint(random.nextInt(5) == 0 ? 0x20 + random.nextInt(0x2000) : 'a' + random.nextInt(26));
        return s.toString();
    }

    /** A tree as JSON: nested past the parser's limit (mutations can nest deep values in deep values) it is malformed. */
    private static Body json(String kind, JsonNode node, Set<Integer> expected) {
        return new Body(kind, WRITER.writeValueAsBytes(node), depth(node) > StreamReadConstraints.DEFAULT_MAX_DEPTH ? Set.of(MALFORMED) : expected);
    }

    private static int depth(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node) deepest = Math.max(deepest, depth(child));
        return node.isContainer() ? deepest + 1 : 0;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

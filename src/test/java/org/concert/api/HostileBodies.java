package org.concert.api;

import org.concert.casefile.CaseLoader;
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

/**
 * Request bodies an attacker or a buggy client might send, from a seeded {@link Random}: random
 * bytes, truncated or mutated cases (wrong types, missing or unknown fields, bad dates, unknown
 * ids, huge strings, deep nesting, odd numbers), and what-if requests built from the same parts.
 */
final class HostileBodies {

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
    byte[] caseBody() {
        return switch (random.nextInt(11)) {
            case 0 -> randomBytes();
            case 5 -> overTheLimit();
            case 1 -> truncated();
            case 2 -> json(topLevelNonsense());
            case 3 -> utf8(deeplyNested(random.nextInt(3000) + 10, random.nextBoolean()));
            case 4 -> withBrokenUtf8(WRITER.writeValueAsString(aCase()));
            default -> json(mutatedCase());
        };
    }

    /** A body for {@code POST /api/what-if}: a what-if request, more or less. */
    byte[] whatIfBody() {
        if (random.nextInt(4) == 0) return caseBody();
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
        return json(mutated(request));
    }

    /** The {@code asOf} query value: mostly a date, sometimes not. */
    String asOf() {
        if (random.nextInt(6) > 0) return (1800 + random.nextInt(230)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        return java.net.URLEncoder.encode(BAD_DATES[random.nextInt(BAD_DATES.length)], StandardCharsets.UTF_8);
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

    private byte[] randomBytes() {
        byte[] bytes = new byte[random.nextInt(4000)];
        random.nextBytes(bytes);
        if (bytes.length > 0 && random.nextBoolean()) bytes[0] = '{';
        return bytes;
    }

    /** Over the 1 MB limit, but not by so much that the server may drop the connection instead of answering 413. */
    private byte[] overTheLimit() {
        return utf8("{\"title\": \"" + "x".repeat(1_048_576 + random.nextInt(500_000)) + "\"}");
    }

    private byte[] truncated() {
        String text = caseTexts.get(random.nextInt(caseTexts.size()));
        return utf8(text.substring(0, random.nextInt(text.length())));
    }

    private byte[] withBrokenUtf8(String json) {
        byte[] bytes = utf8(json);
        int at = json.indexOf("\"title\": \"") + 10;
        if (at > 10) bytes[at] = (byte) (0x80 + random.nextInt(0x40));
        return bytes;
    }

    private String randomString(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) s.appendCodePoint(random.nextInt(5) == 0 ? 0x20 + random.nextInt(0x2000) : 'a' + random.nextInt(26));
        return s.toString();
    }

    private static byte[] json(JsonNode node) {
        return WRITER.writeValueAsBytes(node);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

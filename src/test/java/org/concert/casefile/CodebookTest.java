package org.concert.casefile;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/codebook.md covers every value of the case schema, each entry is complete, and the schema's links resolve. */
class CodebookTest {

    private static final Path CODEBOOK = Path.of("docs/codebook.md");
    private static final Path SCHEMA = Path.of("cases/case.schema.json");
    private static final List<String> PARTS = List.of("**Definition.**", "**Include.**", "**Exclude.**", "**Evidence.**", "**Examples.**", "**Near miss.**");

    private static Map<String, String> entries() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : Files.readAllLines(CODEBOOK)) {
            if (line.startsWith("#")) {
                if (current != null) entries.put(current, body.toString());
                current = line.replaceFirst("^#+\\s*", "").trim();
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) entries.put(current, body.toString());
        return entries;
    }

    /** The headings the schema's values need, e.g. "Event kind: war-started" or "Judgement: acceptedBy". */
    private static List<String> required() throws Exception {
        JsonNode defs = CaseLoader.mapper().readTree(Files.readString(SCHEMA)).get("$defs");
        List<String> needed = new ArrayList<>();
        defs.get("event").get("properties").get("kind").get("enum").forEach(v -> needed.add("Event kind: " + v.asString()));
        defs.get("organisation").get("properties").get("kind").get("enum").forEach(v -> needed.add("Organisation kind: " + v.asString()));
        defs.get("membership").get("properties").get("status").get("enum").forEach(v -> needed.add("Membership status: " + v.asString()));
        for (String attribute : List.of("region", "borders", "greatPower", "nuclear", "cow")) {
            assertThat(defs.get("actor").get("properties").has(attribute)).as("actor." + attribute).isTrue();
            needed.add("Actor: " + attribute);
        }
        for (String field : List.of("acceptedBy", "binding", "imposed")) needed.add("Judgement: " + field);
        for (String flag : List.of("granted", "foreignBacked", "heavy")) needed.add("Event: " + flag);
        needed.add("Organisation: adversary");
        needed.add("Membership: privileged");
        // Every property of an actor that is not identity, provenance or a source must be in the list above.
        Set<String> covered = Set.of("id", "name", "source", "confidence", "quote", "note", "region", "borders", "greatPower", "nuclear", "cow");
        defs.get("actor").get("properties").propertyNames().forEach(p -> assertThat(covered).as("actor attribute " + p + " needs a codebook entry").contains(p));
        return needed;
    }

    @Test
    void everySchemaValueHasACompleteEntry() throws Exception {
        Map<String, String> entries = entries();
        for (String heading : required()) {
            assertThat(entries).as("docs/codebook.md has no entry \"### " + heading + "\"").containsKey(heading);
            String body = entries.get(heading);
            for (String part : PARTS) assertThat(body).as(heading + " lacks " + part).contains(part);
            String examples = body.substring(body.indexOf("**Examples.**"), body.indexOf("**Near miss.**"));
            assertThat(examples.lines().filter(l -> l.startsWith("- ")).count()).as(heading + ": two examples").isEqualTo(2);
        }
    }

    @Test
    void everyLinkOfTheSchemaNamesAHeadingOfTheCodebook() throws Exception {
        Set<String> anchors = new LinkedHashSet<>();
        for (String heading : entries().keySet()) anchors.add(anchor(heading));
        Matcher m = Pattern.compile("docs/codebook\\.md#([a-z0-9-]+)").matcher(Files.readString(SCHEMA));
        int links = 0;
        while (m.find()) {
            links++;
            assertThat(anchors).as("schema link #" + m.group(1)).contains(m.group(1));
        }
        assertThat(links).isGreaterThan(15);
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return heading.toLowerCase().replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
    }
}

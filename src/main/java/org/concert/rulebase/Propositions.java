package org.concert.rulebase;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project's own list of the paper's propositions, read from {@code propositions.yaml} in the
 * rules directory: each with its id, the paper's section, a short title and a statement in the
 * project's words, and, for a proposition deliberately not encoded, {@code declined} with the reason.
 * When the file is part of a rule base, a rule may cite only the ids it lists.
 */
public final class Propositions {

    public static final String FILE = "propositions.yaml";
    private static final Pattern ID = Pattern.compile("P[1-9][0-9]?");

    /** One proposition; {@code declined} is null when it is meant to be encoded. */
    public record Proposition(String id, String section, String title, String statement, String declined) {

        public boolean isDeclined() {
            return declined != null;
        }
    }

    private final String file;
    private final Map<String, String> sections;
    private final List<Proposition> all;

    private Propositions(String file, Map<String, String> sections, List<Proposition> all) {
        this.file = file;
        this.sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        this.all = List.copyOf(all);
    }

    /** No list: any well-formed id may be cited (e.g. a small rule set in a test). */
    public static Propositions none() {
        return new Propositions(null, Map.of(), List.of());
    }

    /** Parses the YAML text; problems name the file and the entry. */
    public static Propositions parse(String yaml, String file) {
        JsonNode root = YamlFile.read(yaml, file);
        List<RuleProblem> problems = new ArrayList<>();
        if (root == null || !root.isObject() || !root.path("propositions").isArray()) {
            throw new RuleBaseException(List.of(new RuleProblem(file, 1, 0,
                    "expected 'sections' (a map of section numbers to titles) and 'propositions' (a list)")));
        }
        Map<String, String> sections = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> s : root.path("sections").properties()) sections.put(s.getKey(), s.getValue().asString());
        List<Proposition> all = new ArrayList<>();
        int i = 0;
        for (JsonNode p : root.path("propositions")) {
            String where = "propositions[" + i++ + "]";
            String id = p.path("id").asString(null);
            if (id == null || !ID.matcher(id).matches()) {
                problems.add(new RuleProblem(file, 0, 0, where + ": needs an id like P20"));
                continue;
            }
            String section = p.path("section").asString(null);
            String title = p.path("title").asString(null);
            String statement = p.path("statement").asString(null);
            if (section == null || title == null || statement == null) {
                problems.add(new RuleProblem(file, 0, 0, id + ": needs section, title and statement"));
                continue;
            }
            if (!sections.containsKey(section)) {
                problems.add(new RuleProblem(file, 0, 0, id + ": section \"" + section + "\" is not among the sections " + sections.keySet()));
            }
            if (all.stream().anyMatch(q -> q.id().equals(id))) {
                problems.add(new RuleProblem(file, 0, 0, id + ": listed twice"));
                continue;
            }
            String declined = p.path("declined").asString(null);
            if (declined != null && declined.isBlank()) {
                problems.add(new RuleProblem(file, 0, 0, id + ": declined needs a reason"));
            }
            all.add(new Proposition(id, section, title, statement, declined));
        }
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        return new Propositions(file, sections, all);
    }

    /** The file the list was read from, e.g. {@code rules/propositions.yaml}; null when there is none. */
    public String file() {
        return file;
    }

    public boolean isPresent() {
        return file != null;
    }

    /** In the file's order. */
    public List<Proposition> all() {
        return all;
    }

    public Optional<Proposition> find(String id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean contains(String id) {
        return find(id).isPresent();
    }

    /** Section number → the paper's title of it, in the file's order. */
    public Map<String, String> sections() {
        return sections;
    }
}

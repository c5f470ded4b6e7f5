package org.concert.rulebase;

import org.concert.casefile.FactChange;
import org.concert.casefile.Source;
import org.concert.vocabulary.Parameter;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The thresholds of the rule base, read from {@code parameters.yaml} in the rules directory
 * (OpenFisca style: description, unit, proposition, reference, values by the date they take effect).
 * Rules see each one as a {@link Parameter} fact carrying the value in force on the as-of date.
 */
public final class Parameters {

    public static final String FILE = "parameters.yaml";

    private final List<Parameter> values;

    private Parameters(List<Parameter> values) {
        this.values = List.copyOf(values);
    }

    public static Parameters none() {
        return new Parameters(List.of());
    }

    /** Parses the YAML text; problems name the file and the parameter. */
    public static Parameters parse(String yaml, String file) {
        List<RuleProblem> problems = new ArrayList<>();
        List<Parameter> values = new ArrayList<>();
        JsonNode root = YamlFile.read(yaml, file);
        if (root == null || root.isMissingNode() || root.isNull()) return none();
        if (!root.isObject()) {
            throw new RuleBaseException(List.of(new RuleProblem(file, 1, 0, "expected a map of parameter names")));
        }
        for (Map.Entry<String, JsonNode> p : root.properties()) {
            String name = p.getKey();
            JsonNode def = p.getValue();
            Source source = source(def.path("reference"));
            if (source == null) {
                problems.add(new RuleProblem(file, 0, 0, name + ": needs a reference with author, year and title or url"));
                continue;
            }
            String unit = def.path("unit").asString(null);
            if (unit == null || unit.isBlank()) {
                problems.add(new RuleProblem(file, 0, 0, name + ": needs a unit, e.g. unit: rounds (or ratio, years, weight)"));
                continue;
            }
            JsonNode dated = def.path("values");
            if (!dated.isObject() || dated.isEmpty()) {
                problems.add(new RuleProblem(file, 0, 0, name + ": needs values by date, e.g. values: {\"1800-01-01\": 2}"));
                continue;
            }
            for (Map.Entry<String, JsonNode> v : dated.properties()) {
                try {
                    LocalDate since = LocalDate.parse(v.getKey());
                    if (!v.getValue().isNumber()) {
                        problems.add(new RuleProblem(file, 0, 0, name + ".values." + v.getKey() + ": " + v.getValue() + " is not a number"));
                        continue;
                    }
                    values.add(new Parameter(name, v.getValue().asDouble(), unit, since, def.path("description").asString(null),
                            source, file + ": " + name + ".values." + v.getKey()));
                } catch (DateTimeParseException e) {
                    problems.add(new RuleProblem(file, 0, 0, name + ".values: \"" + v.getKey() + "\" is not a date"));
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleBaseException(problems);
        values.sort(Comparator.comparing(Parameter::name).thenComparing(Parameter::since));
        return new Parameters(values);
    }

    private static Source source(JsonNode ref) {
        if (!ref.isObject() || !ref.hasNonNull("author") || !ref.hasNonNull("year")
                || !(ref.hasNonNull("title") || ref.hasNonNull("url"))) {
            return null;
        }
        return new Source(ref.get("author").asString(), ref.get("year").asInt(), ref.path("title").asString(null),
                ref.path("url").asString(null), ref.path("pages").asString(null));
    }

    /** Each value as a change taking effect on its date, replacing the previous value of that parameter. */
    public List<FactChange> changes() {
        List<FactChange> changes = new ArrayList<>();
        for (Parameter p : values) changes.add(new FactChange(p.since(), "parameter:" + p.name(), p));
        changes.sort(Comparator.comparing(FactChange::date));
        return changes;
    }

    public List<Parameter> all() {
        return values;
    }
}

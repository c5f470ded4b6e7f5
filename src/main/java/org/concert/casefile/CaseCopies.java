package org.concert.casefile;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A bigger case made of independent copies of one: copy {@code i > 0} renames every id ({@code RUS} → {@code RUS-2}),
 * name and region ({@code Europe} → {@code Europe #2}) and moves every date back {@code i} weeks, so each copy is a
 * world of its own in which the same rules fire. For measuring how the cost of rules grows with a case (the
 * benchmarks, the regression gate's cost check). Outcomes and expectations are not copied.
 */
public final class CaseCopies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CaseCopies() {
    }

    /** {@code k} copies of the case's actors, organisations, memberships and events, as one case (not yet validated). */
    public static ObjectNode copies(JsonNode caseJson, int k) {
        if (k < 1) throw new IllegalArgumentException("at least one copy");
        ObjectNode scaled = NODES.objectNode();
        String id = caseJson.path("id").asString("case");
        scaled.put("id", id + "-x" + k);
        scaled.put("title", caseJson.path("title").asString(id) + ", " + k + " cop" + (k == 1 ? "y" : "ies"));
        ObjectNode period = scaled.putObject("period");
        LocalDate from = LocalDate.parse(caseJson.path("period").path("from").asString());
        period.put("from", from.minusWeeks(k - 1L).toString());
        period.put("to", caseJson.path("period").path("to").asString());
        scaled.put("summary", k + " renamed, date-shifted copies of " + id + ".");
        for (String list : List.of("actors", "organisations", "memberships", "events")) {
            ArrayNode out = scaled.putArray(list);
            for (int i = 0; i < k; i++) {
                for (JsonNode item : caseJson.path(list)) out.add(copy((ObjectNode) item, i));
            }
        }
        scaled.putArray("outcomes");
        scaled.putArray("expectations");
        return scaled;
    }

    /** Copy {@code i} of a fact: ids, names and regions renamed, dates {@code i} weeks earlier (copy 0 is the original). */
    public static ObjectNode copy(ObjectNode fact, int i) {
        ObjectNode c = fact.deepCopy();
        if (i == 0) return c;
        UnaryOperator<String> id = s -> s + "-" + (i + 1);
        UnaryOperator<String> date = s -> LocalDate.parse(s).minusWeeks(i).toString();
        for (String field : List.of("id", "actor", "target", "organisation", "adversary")) renameText(c, field, id);
        for (String field : List.of("borders", "parties", "losers", "acceptedBy")) renameArray(c, field, id);
        for (String field : List.of("name", "region")) renameText(c, field, s -> s + " #" + (i + 1));
        for (String field : List.of("date", "from", "to", "founded", "dissolved")) renameText(c, field, date);
        for (String field : List.of("greatPower", "nuclear")) {
            for (JsonNode span : c.path(field)) {
                renameText((ObjectNode) span, "from", date);
                renameText((ObjectNode) span, "to", date);
            }
        }
        return c;
    }

    private static void renameText(ObjectNode o, String field, UnaryOperator<String> f) {
        JsonNode v = o.get(field);
        if (v != null && v.isString()) o.put(field, f.apply(v.asString()));
    }

    private static void renameArray(ObjectNode o, String field, UnaryOperator<String> f) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) return;
        ArrayNode renamed = NODES.arrayNode();
        for (JsonNode x : v) renamed.add(f.apply(x.asString()));
        o.set(field, renamed);
    }
}

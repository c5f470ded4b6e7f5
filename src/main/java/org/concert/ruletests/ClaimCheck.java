package org.concert.ruletests;

import org.concert.casefile.Level;
import org.concert.rulebase.Propositions;
import org.concert.vocabulary.Explanation;
import org.concert.vocabulary.Role.RoleType;
import org.concert.vocabulary.Vocabulary;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks an entry's claims against the rule vocabulary and the entry's own facts, so that a misspelled
 * claim is an error rather than a claim that nothing matches (which an {@code absent} claim would pass):
 * every kind is a conclusion or warning kind, every proposition is listed, every level is a level, every
 * explanation one of §1's, and every actor, organisation, event or region a claim names is in the facts.
 */
final class ClaimCheck {

    private final List<String> problems = new ArrayList<>();
    private final Propositions propositions;
    private final Map<RoleType, Set<String>> known = new EnumMap<>(RoleType.class);

    private ClaimCheck(Propositions propositions, JsonNode caseTree) {
        this.propositions = propositions;
        for (RoleType t : RoleType.values()) known.put(t, new TreeSet<>());
        for (JsonNode a : caseTree.path("actors")) {
            known.get(RoleType.ACTOR).add(a.path("id").asString(""));
            known.get(RoleType.REGION).add(a.path("region").asString(""));
        }
        for (JsonNode o : caseTree.path("organisations")) {
            known.get(RoleType.ORGANISATION).add(o.path("id").asString(""));
            known.get(RoleType.REGION).add(o.path("region").asString(""));
        }
        for (JsonNode e : caseTree.path("events")) known.get(RoleType.EVENT).add(e.path("id").asString(""));
    }

    /** What is wrong with the entry's claims; empty when every claim can be true or false. */
    static List<String> problems(RuleTest test, Propositions propositions) {
        ClaimCheck c = new ClaimCheck(propositions, test.caseTree());
        c.claims("expect", test.expect());
        c.claims("absent", test.absent());
        return c.problems;
    }

    private void claims(String where, RuleTest.Claims claims) {
        for (int i = 0; i < claims.warnings().size(); i++) warning(where + ".warnings[" + i + "]", claims.warnings().get(i));
        for (int i = 0; i < claims.conclusions().size(); i++) conclusion(where + ".conclusions[" + i + "]", claims.conclusions().get(i));
        for (int i = 0; i < claims.evidence().size(); i++) evidence(where + ".evidence[" + i + "]", claims.evidence().get(i));
        for (int i = 0; i < claims.ranking().size(); i++) explanation(where + ".ranking[" + i + "]", claims.ranking().get(i));
    }

    private void warning(String where, JsonNode claim) {
        if (claim.has("kind")) oneOf(where + ".kind", claim.get("kind").asString(), Vocabulary.warningKinds(), "warning kind");
        if (claim.has("cites")) proposition(where + ".cites", claim.get("cites").asString());
        for (String field : List.of("level", "atLeast")) {
            if (claim.has(field)) oneOf(where + "." + field, claim.get(field).asString(), names(Level.values()), "level");
        }
        if (claim.has("actor")) {
            Set<String> parties = new TreeSet<>(known.get(RoleType.ACTOR));
            parties.addAll(known.get(RoleType.ORGANISATION));
            oneOf(where + ".actor", claim.get("actor").asString(), parties, "actor or organisation of the entry's facts");
        }
    }

    private void conclusion(String where, JsonNode claim) {
        Vocabulary.TypeInfo type = null;
        if (claim.has("kind")) {
            String kind = claim.get("kind").asString();
            type = Vocabulary.conclusionOfKind(kind).orElse(null);
            if (type == null) oneOf(where + ".kind", kind, Vocabulary.conclusionKinds(), "conclusion kind");
        }
        for (String field : List.of("subject", "object")) {
            if (!claim.has(field)) continue;
            String value = claim.get(field).asString();
            int index = field.equals("subject") ? 0 : 1;
            if (type != null && type.roles().size() > index) {
                Vocabulary.RoleInfo role = type.roles().get(index);
                oneOf(where + "." + field, value, known.get(role.type()), role.type().json() + " of the entry's facts (the "
                        + type.kind() + "'s " + role.name() + ")");
            } else {
                Set<String> any = new TreeSet<>();
                known.values().forEach(any::addAll);
                oneOf(where + "." + field, value, any, "id or region of the entry's facts");
            }
        }
    }

    private void evidence(String where, JsonNode claim) {
        if (claim.has("explanation")) explanation(where + ".explanation", claim.get("explanation").asString());
        if (claim.has("supports")) oneOf(where + ".supports", claim.get("supports").asString(), Set.of("true", "false"), "true or false");
        if (claim.has("weight") && !claim.get("weight").asString().matches("-?\\d+")) {
            problems.add(where + ".weight: \"" + claim.get("weight").asString() + "\" is not a whole number");
        }
        if (claim.has("actor")) oneOf(where + ".actor", claim.get("actor").asString(), known.get(RoleType.ACTOR), "actor of the entry's facts");
    }

    private void explanation(String where, String id) {
        oneOf(where, id, new TreeSet<>(Arrays.stream(Explanation.values()).map(Explanation::proposition).toList()), "competing explanation of §1");
    }

    private void proposition(String where, String id) {
        if (propositions.isPresent()) {
            oneOf(where, id, new TreeSet<>(propositions.all().stream().map(Propositions.Proposition::id).toList()), "proposition of " + propositions.file());
        } else if (!id.matches("P[1-9][0-9]?")) {
            problems.add(where + ": \"" + id + "\" is not a proposition id like P20");
        }
    }

    private void oneOf(String where, String value, Set<String> allowed, String what) {
        if (!allowed.contains(value)) {
            problems.add(where + ": \"" + value + "\" is not a " + what + " (" + String.join(", ", allowed) + ")");
        }
    }

    private static Set<String> names(Enum<?>[] values) {
        Set<String> names = new TreeSet<>();
        for (Enum<?> v : values) names.add(v.name());
        return names;
    }
}

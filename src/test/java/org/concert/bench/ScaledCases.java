package org.concert.bench;

import org.concert.casefile.CaseCopies;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Bigger cases for the benchmarks, made from the real Russia–West case (issue 7). The <em>core</em> is
 * what that case knows on {@link #AS_OF} (the day after Bucharest) about the eleven states of the
 * P13–P22 chain: their great-power and nuclear statuses, the organisations they belong to, their
 * memberships and the events among them (61 facts). A scaled case is {@code k} copies of the core:
 * copy {@code i > 0} is renamed and moved back {@code i} weeks ({@link CaseCopies#copy}), so each copy is a
 * world of its own in which the same rules fire (one P20 warning per copy). The result goes through {@link CaseLoader},
 * so it is a valid case file like any analyst's.
 */
public final class ScaledCases {

    /** The date the scaled cases are evaluated at: every copy's Bucharest promise is known by then. */
    public static final LocalDate AS_OF = LocalDate.of(2008, 4, 4);

    /** The states of the chain: the excluded power, the West's great powers, the buffer states and the first new members. */
    static final Set<String> CHAIN_ACTORS = Set.of("RUS", "USA", "GBR", "FRA", "DEU", "UKR", "GEO", "BLR", "POL", "CZE", "HUN");

    private static final Path SOURCE = Path.of("cases", "russia-west-1990-2022.json");
    private static final JsonMapper JSON = CaseLoader.mapper();

    private ScaledCases() {
    }

    /** The scaled case whose fact count on {@link #AS_OF} is nearest {@code facts}: 61 × copies. */
    public static CaseFile withAbout(int facts) {
        int perCopy = CaseFacts.known(copies(1));
        return copies(Math.max(1, Math.round((float) facts / perCopy)));
    }

    /** {@code k} independent copies of the core, as one validated case. */
    public static CaseFile copies(int k) {
        if (k < 1) throw new IllegalArgumentException("at least one copy");
        ObjectNode core = core(read());
        ObjectNode scaled = JSON.createObjectNode();
        scaled.put("id", "scaled-russia-west-x" + k);
        scaled.put("title", "Russia and the West, core of the P13–P22 chain, " + k + " cop" + (k == 1 ? "y" : "ies"));
        ObjectNode period = scaled.putObject("period");
        period.put("from", core.path("period").path("from").asString());
        period.put("to", AS_OF.toString());
        scaled.put("summary", "Benchmark case: " + k + " renamed, date-shifted copies of the core of russia-west-1990-2022.");
        for (String list : List.of("actors", "organisations", "memberships", "events")) {
            ArrayNode out = scaled.putArray(list);
            for (int i = 0; i < k; i++) {
                for (JsonNode item : core.path(list)) out.add(CaseCopies.copy((ObjectNode) item, i));
            }
        }
        // The earliest copy starts (k - 1) weeks before the original.
        period.put("from", LocalDate.parse(period.path("from").asString()).minusWeeks(k - 1L).toString());
        scaled.putArray("outcomes");
        scaled.putArray("expectations");
        return CaseLoader.parse(JSON.writeValueAsString(scaled), "scaled-russia-west-x" + k);
    }

    private static ObjectNode read() {
        try {
            return (ObjectNode) JSON.readTree(Files.readString(SOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the case knows on {@link #AS_OF} about the chain's states only. */
    static ObjectNode core(ObjectNode c) {
        ObjectNode core = c.deepCopy();
        ArrayNode actors = JSON.createArrayNode();
        for (JsonNode a : c.path("actors")) {
            if (!CHAIN_ACTORS.contains(a.path("id").asString())) continue;
            ObjectNode kept = (ObjectNode) a.deepCopy();
            ArrayNode borders = kept.putArray("borders");
            for (JsonNode b : a.path("borders")) if (CHAIN_ACTORS.contains(b.asString())) borders.add(b.asString());
            actors.add(kept);
        }
        ArrayNode memberships = JSON.createArrayNode();
        Set<String> organisations = new HashSet<>();
        for (JsonNode m : c.path("memberships")) {
            if (CHAIN_ACTORS.contains(m.path("actor").asString()) && known(m.path("from"))) {
                memberships.add(m.deepCopy());
                organisations.add(m.path("organisation").asString());
            }
        }
        ArrayNode orgs = JSON.createArrayNode();
        for (JsonNode o : c.path("organisations")) {
            if (organisations.contains(o.path("id").asString()) && known(o.path("founded"))) orgs.add(o.deepCopy());
        }
        ArrayNode events = JSON.createArrayNode();
        for (JsonNode e : c.path("events")) {
            if (known(e.path("date")) && onlyAmong(e, organisations)) events.add(e.deepCopy());
        }
        core.set("actors", actors);
        core.set("organisations", orgs);
        core.set("memberships", memberships);
        core.set("events", events);
        return core;
    }

    private static boolean known(JsonNode date) {
        return !LocalDate.parse(date.asString()).isAfter(AS_OF);
    }

    private static boolean onlyAmong(JsonNode e, Set<String> organisations) {
        for (String role : List.of("actor", "target")) {
            String id = e.path(role).asString(null);
            if (id != null && !CHAIN_ACTORS.contains(id) && !organisations.contains(id)) return false;
        }
        String org = e.path("organisation").asString(null);
        if (org != null && !organisations.contains(org)) return false;
        for (String role : List.of("parties", "losers", "acceptedBy")) {
            for (JsonNode id : e.path(role)) {
                if (!CHAIN_ACTORS.contains(id.asString()) && !organisations.contains(id.asString())) return false;
            }
        }
        return true;
    }

    /** Counting the facts a case shows the rules. */
    public static final class CaseFacts {
        private CaseFacts() {
        }

        /** The case facts known on {@link #AS_OF} (what an evaluation inserts, besides the rules' parameters). */
        public static int known(CaseFile c) {
            return c.factsAsOf(AS_OF).size();
        }
    }
}

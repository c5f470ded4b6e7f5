package org.concert.whatif;

import org.concert.casefile.CaseLoader;
import org.concert.casefile.CaseError;
import org.concert.casefile.CaseFile;
import org.concert.casefile.InvalidCaseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a what-if's changes to a copy of the base case's JSON (removals, then replacements, then
 * additions) and checks the result as a case. Each fact remembers where it was written (the base
 * case or an item of the request's {@code changes}), so an error in the changed case is reported
 * where it can be fixed: {@code $.events[45].date} becomes {@code $.changes.add[0].date}.
 */
final class CaseEdit {

    static final List<String> FACTS = List.of("actors", "organisations", "memberships", "events");
    private static final String DEFAULT_INTO = "events";
    private static final Pattern FACT_PATH = Pattern.compile("\\$\\.(actors|organisations|memberships|events)\\[(\\d+)]");

    /**
     * Where an element of the changed case came from: for errors, {@code file} and {@code path} (in the
     * request, or in the stored case); for justifications, {@code factPath} (in the base case as evaluated
     * before the changes, or at the change in the request).
     */
    private record Origin(String file, String path, String factPath) {
    }

    /** The changed case, checked, and how to say where its facts came from. */
    record Edited(CaseFile caseFile, CaseEdit edit) {
        /** A fact path of the changed case as a path of the base case, or of the change that brought the fact. */
        String factPath(String path) {
            Matcher m = FACT_PATH.matcher(path);
            Origin origin = m.lookingAt() ? edit.origin(m) : null;
            return origin == null ? path : origin.factPath() + path.substring(m.end());
        }
    }

    private final BaseCase base;
    private final ObjectNode tree;
    private final Map<String, List<Origin>> origins = new HashMap<>();
    private final List<CaseError> errors = new ArrayList<>();

    private CaseEdit(BaseCase base) {
        this.base = base;
        this.tree = (ObjectNode) base.json().deepCopy();
        for (String collection : FACTS) {
            List<Origin> list = new ArrayList<>();
            List<String> paths = base.factPaths(collection);
            for (int i = 0; i < paths.size(); i++) list.add(new Origin(base.origin(), paths.get(i), "$." + collection + "[" + i + "]"));
            origins.put(collection, list);
        }
    }

    /** The base case with the changes made, checked; throws {@link InvalidCaseException} with paths in the request. */
    static Edited apply(BaseCase base, WhatIfRequest.Changes changes) {
        CaseEdit edit = new CaseEdit(base);
        edit.remove(changes.remove());
        edit.replace(changes.change());
        edit.add(changes.add());
        if (!edit.errors.isEmpty()) throw new InvalidCaseException(edit.errors);
        try {
            return new Edited(CaseLoader.fromTree(edit.tree, base.origin()), edit);
        } catch (InvalidCaseException e) {
            throw new InvalidCaseException(e.errors().stream().map(edit::traced).distinct().toList());
        }
    }

    private void remove(List<String> ids) {
        for (int k = 0; k < ids.size(); k++) {
            int[] at = locate(ids.get(k));
            if (at == null) {
                errors.add(WhatIfRequest.error("$.changes.remove[" + k + "]", "no fact with id \"" + ids.get(k) + "\" in the case"));
                continue;
            }
            String collection = FACTS.get(at[0]);
            ((ArrayNode) tree.get(collection)).remove(at[1]);
            origins.get(collection).remove(at[1]);
        }
    }

    private void replace(List<JsonNode> facts) {
        for (int j = 0; j < facts.size(); j++) {
            String id = facts.get(j).get("id").asString();
            int[] at = locate(id);
            if (at == null) {
                errors.add(WhatIfRequest.error("$.changes.change[" + j + "].id", "no fact with id \"" + id + "\" in the case"));
                continue;
            }
            String collection = FACTS.get(at[0]);
            ((ArrayNode) tree.get(collection)).set(at[1], facts.get(j).deepCopy());
            origins.get(collection).set(at[1], request("$.changes.change[" + j + "]"));
        }
    }

    private void add(List<JsonNode> facts) {
        for (int i = 0; i < facts.size(); i++) {
            ObjectNode fact = (ObjectNode) facts.get(i).deepCopy();
            JsonNode into = fact.remove("into");
            String collection = into == null ? DEFAULT_INTO : into.isString() ? into.asString() : null;
            if (collection == null || !FACTS.contains(collection)) {
                errors.add(WhatIfRequest.error("$.changes.add[" + i + "].into", "must be one of " + String.join(", ", FACTS)
                        + " (default " + DEFAULT_INTO + ")"));
                continue;
            }
            JsonNode list = tree.get(collection);
            if (list == null || !list.isArray()) list = tree.putArray(collection);
            ((ArrayNode) list).add(fact);
            origins.get(collection).add(request("$.changes.add[" + i + "]"));
        }
    }

    private static Origin request(String path) {
        return new Origin(WhatIfRequest.ORIGIN, path, path);
    }

    /** {collection index, element index} of the fact with this id, or null. */
    private int[] locate(String id) {
        for (int c = 0; c < FACTS.size(); c++) {
            JsonNode list = tree.get(FACTS.get(c));
            if (list == null || !list.isArray()) continue;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).path("id").isString() && list.get(i).path("id").asString().equals(id)) return new int[]{c, i};
            }
        }
        return null;
    }

    /** The error as the analyst should see it: at the request item (or stored fact) the faulty fact came from. */
    private CaseError traced(CaseError e) {
        Matcher m = FACT_PATH.matcher(e.path());
        Origin origin = m.lookingAt() ? origin(m) : null;
        String message = retraced(e.message());
        if (origin == null) return new CaseError(base.origin(), BaseCase.under(base.prefix(), e.path()), message);
        return new CaseError(origin.file(), origin.path() + e.path().substring(m.end()), message);
    }

    /** Paths mentioned in a message (e.g. "first used at $.events[3]") traced the same way. */
    private String retraced(String message) {
        Matcher m = FACT_PATH.matcher(message);
        StringBuilder s = new StringBuilder();
        while (m.find()) {
            Origin origin = origin(m);
            m.appendReplacement(s, Matcher.quoteReplacement(origin == null ? m.group()
                    : origin.file().equals(WhatIfRequest.ORIGIN) ? origin.path() : origin.path() + " of case " + origin.file()));
        }
        return m.appendTail(s).toString();
    }

    private Origin origin(Matcher m) {
        List<Origin> list = origins.get(m.group(1));
        int index = Integer.parseInt(m.group(2));
        return index < list.size() ? list.get(index) : null;
    }
}

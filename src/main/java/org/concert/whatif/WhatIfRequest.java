package org.concert.whatif;

import org.concert.casefile.CaseError;
import org.concert.casefile.InvalidCaseException;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A what-if as sent: a stored case by id ({@code caseId}) or a whole case inline ({@code case}),
 * and the {@code changes} to make to it:
 * <pre>{@code
 * {"caseId": "russia-west-1990-2022",
 *  "changes": {"remove": ["bucharest-2008"],
 *              "add":    [{"into": "events", "id": "…", "date": "…", …}],
 *              "change": [{"id": "nato", …the whole replacement fact…}]}}
 * }</pre>
 * {@code into} names the list an added fact goes into ({@code actors}, {@code organisations},
 * {@code memberships} or {@code events}; default {@code events}).
 */
public record WhatIfRequest(String caseId, JsonNode inlineCase, Changes changes) {

    /** What errors in the request are attributed to. */
    public static final String ORIGIN = "request body";

    private static final Set<String> MEMBERS = Set.of("caseId", "case", "changes");
    private static final Set<String> CHANGE_KINDS = Set.of("add", "remove", "change");

    /** The facts to add (each with its optional {@code into}), the ids to remove, the facts to replace by id. */
    public record Changes(List<JsonNode> add, List<String> remove, List<JsonNode> change) {
        public Changes {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
            change = List.copyOf(change);
        }

        public boolean isEmpty() {
            return add.isEmpty() && remove.isEmpty() && change.isEmpty();
        }
    }

    /** Reads a request body's JSON; every problem with its shape is reported at once, with its path. */
    public static WhatIfRequest parse(JsonNode body) {
        List<CaseError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidCaseException(List.of(error("$", "a what-if is a JSON object with caseId or case, and changes")));
        }
        for (Map.Entry<String, JsonNode> member : body.properties()) {
            if (!MEMBERS.contains(member.getKey())) errors.add(error("$." + member.getKey(), "unknown property '" + member.getKey() + "'"));
        }
        JsonNode id = body.get("caseId");
        JsonNode inline = body.get("case");
        if (id != null && !id.isString()) errors.add(error("$.caseId", "must be the id of a stored case (a string)"));
        if (inline != null && !inline.isObject()) errors.add(error("$.case", "must be a case (a JSON object)"));
        if (id == null && inline == null) errors.add(error("$", "give the case: caseId (a stored case) or case (a case inline)"));
        if (id != null && inline != null) errors.add(error("$.case", "give caseId or case, not both"));
        Changes changes = changes(body.get("changes"), errors);
        if (!errors.isEmpty()) throw new InvalidCaseException(errors);
        return new WhatIfRequest(id == null ? null : id.asString(), inline, changes);
    }

    private static Changes changes(JsonNode node, List<CaseError> errors) {
        List<JsonNode> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<JsonNode> change = new ArrayList<>();
        if (node == null) {
            errors.add(error("$.changes", "required property 'changes' is missing"));
            return new Changes(add, remove, change);
        }
        if (!node.isObject()) {
            errors.add(error("$.changes", "must be an object with add, remove and/or change"));
            return new Changes(add, remove, change);
        }
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            if (!CHANGE_KINDS.contains(member.getKey())) {
                errors.add(error("$.changes." + member.getKey(), "unknown property '" + member.getKey() + "' (add, remove or change)"));
            }
        }
        List<JsonNode> adds = array(node, "add", errors);
        for (int i = 0; i < adds.size(); i++) {
            if (adds.get(i).isObject()) add.add(adds.get(i));
            else errors.add(error("$.changes.add[" + i + "]", "must be a fact (a JSON object)"));
        }
        List<JsonNode> ids = array(node, "remove", errors);
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).isString()) remove.add(ids.get(i).asString());
            else errors.add(error("$.changes.remove[" + i + "]", "must be the id of a fact (a string)"));
        }
        List<JsonNode> replacements = array(node, "change", errors);
        for (int i = 0; i < replacements.size(); i++) {
            JsonNode fact = replacements.get(i);
            if (!fact.isObject()) {
                errors.add(error("$.changes.change[" + i + "]", "must be a fact (a JSON object) with the id of the fact it replaces"));
            } else if (!fact.path("id").isString()) {
                errors.add(error("$.changes.change[" + i + "].id", "must be the id of the fact to replace (a string)"));
            } else {
                change.add(fact);
            }
        }
        return new Changes(add, remove, change);
    }

    private static List<JsonNode> array(JsonNode changes, String name, List<CaseError> errors) {
        JsonNode list = changes.get(name);
        if (list == null) return List.of();
        if (!list.isArray()) {
            errors.add(error("$.changes." + name, "must be an array"));
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        return items;
    }

    static CaseError error(String path, String message) {
        return new CaseError(ORIGIN, path, message);
    }
}

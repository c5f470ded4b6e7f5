package org.concert.whatif;

import org.concert.casefile.CaseLoader;
import org.concert.casefile.CaseError;
import org.concert.casefile.CaseFile;
import org.concert.casefile.InvalidCaseException;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * The case a what-if starts from: checked, with its JSON. {@code origin} and {@code prefix} say
 * where its facts are written, so errors can point there: a stored case's own paths (origin = its
 * id), or the {@code case} member of the request (origin = the request, prefix {@code $.case}).
 */
public record BaseCase(CaseFile caseFile, JsonNode json, String origin, String prefix) {

    public static BaseCase stored(CaseFile caseFile, JsonNode json) {
        return new BaseCase(caseFile, json, caseFile.id(), "$");
    }

    /** Checks a case sent inside the request; errors name its paths in the request ({@code $.case.events[3].date}). */
    public static BaseCase inline(JsonNode json) {
        try {
            return new BaseCase(CaseLoader.fromTree(json, WhatIfRequest.ORIGIN), json, WhatIfRequest.ORIGIN, "$.case");
        } catch (InvalidCaseException e) {
            throw new InvalidCaseException(e.errors().stream()
                    .map(err -> new CaseError(WhatIfRequest.ORIGIN, under("$.case", err.path()), err.message()))
                    .toList());
        }
    }

    /** {@code $.events[2]} under {@code $.case} is {@code $.case.events[2]}; under {@code $} it stays. */
    static String under(String prefix, String path) {
        return path.startsWith("$") ? prefix + path.substring(1) : prefix + "." + path;
    }

    List<String> factPaths(String collection) {
        JsonNode list = json.path(collection);
        return java.util.stream.IntStream.range(0, list.isArray() ? list.size() : 0)
                .mapToObj(i -> under(prefix, "$." + collection + "[" + i + "]")).toList();
    }
}

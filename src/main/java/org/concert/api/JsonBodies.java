package org.concert.api;

import org.concert.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads request bodies with the mapper case files are read with (duplicate keys refused, the same
 * limits), so a case posted to the API parses exactly like the same case on disk.
 */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonNode read(byte[] body) {
        if (body == null || body.length == 0) throw new MalformedBodyException("the request body is empty: expected JSON");
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 0 ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new MalformedBodyException("malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) throw new MalformedBodyException("the request body is empty: expected JSON");
        return tree;
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}

package org.concert.server;

import org.concert.casefile.CaseFile;
import tools.jackson.databind.JsonNode;

/** A case as the server keeps it: checked and bound, beside the JSON it was read from (for what-ifs and downloads). */
public record StoredCase(CaseFile caseFile, JsonNode json) {

    public String id() {
        return caseFile.id();
    }
}

package org.concert.authoring;

import tools.jackson.databind.JsonNode;

/** A historical case as a trial receives it: the JSON it was read from, and where from (for its errors). */
public record TrialCase(String origin, JsonNode json) {
}

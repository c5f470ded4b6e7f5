package org.concert.api;

import org.springframework.http.HttpStatus;

/** No serving rule file has this name (404). */
class UnknownRuleFileException extends ProblemException {
    UnknownRuleFileException(String file) {
        super(HttpStatus.NOT_FOUND, "unknown-rule-file", "Unknown rule file", "no serving rule file \"" + file + "\"");
    }
}

package org.concert.api;

class UnknownRuleFileException extends RuntimeException {

    UnknownRuleFileException(String file) {
        super("no serving rule file \"" + file + "\"");
    }
}

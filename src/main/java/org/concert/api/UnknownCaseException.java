package org.concert.api;

/** No stored case has this id (404). */
class UnknownCaseException extends RuntimeException {

    UnknownCaseException(String id) {
        super("no stored case has the id \"" + id + "\"");
    }
}

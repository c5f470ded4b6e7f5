package org.concert.casefile;

/** One problem in a case file, located by file and JSON path: {@code cases/x.json: $.events[3].date: "2008-13-01" is not a date}. */
public record CaseError(String file, String path, String message) {

    @Override
    public String toString() {
        return file + ": " + path + ": " + message;
    }
}

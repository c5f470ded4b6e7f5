package org.concert.casefile;

import java.util.List;
import java.util.stream.Collectors;

/** A case file was rejected whole; nothing from it is evaluated. */
public class InvalidCaseException extends RuntimeException {

    private final List<CaseError> errors;

    public InvalidCaseException(List<CaseError> errors) {
        super(errors.stream().map(CaseError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CaseError> errors() {
        return errors;
    }
}

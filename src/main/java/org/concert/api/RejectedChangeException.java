package org.concert.api;

import org.concert.authoring.Activation;

/** A rule change the gate refused; the activation says why. */
class RejectedChangeException extends RuntimeException {

    private final transient Activation activation;

    RejectedChangeException(Activation activation) {
        super(activation.summary());
        this.activation = activation;
    }

    Activation activation() {
        return activation;
    }
}

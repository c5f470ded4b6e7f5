package org.concert.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what. Authoring rules needs the analyst role; evaluating is read-only and open to
 * anyone unless {@code evaluationOpen} is false, when any configured user must sign in. Credentials
 * come from configuration or the environment (e.g. {@code CONCERT_SECURITY_ANALYST_PASSWORD}); with
 * none configured, the analyst's password is generated at start-up and printed once.
 *
 * @param evaluationOpen whether evaluation endpoints and pages need no sign-in
 * @param analyst        the analyst (may author rules)
 * @param reader         an optional user without the analyst role (may evaluate when evaluation is closed)
 */
@ConfigurationProperties("concert.security")
public record SecurityProperties(@DefaultValue("true") boolean evaluationOpen,
                                 @DefaultValue User analyst,
                                 @DefaultValue User reader) {

    /** A user; a password may be plain or already encoded, e.g. {@code {bcrypt}$2a$…}. */
    public record User(@DefaultValue("") String name, @DefaultValue("") String password) {
        boolean configured() {
            return !name.isBlank() && !password.isBlank();
        }
    }
}

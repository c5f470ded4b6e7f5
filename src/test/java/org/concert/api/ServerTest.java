package org.concert.api;

import org.concert.server.ConcertServer;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real server on a random port with the repository's rules and cases. Every full-stack test
 * uses exactly this, so they share one application context (the rules compile once). The operator
 * (analyst role) is named so that tests may read the metrics, which need the role.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ConcertServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"concert.security.analyst.name=" + ServerTest.OPERATOR, "concert.security.analyst.password=" + ServerTest.PASSWORD})
@interface ServerTest {
    String OPERATOR = "operator";
    String PASSWORD = "operator-42";
}

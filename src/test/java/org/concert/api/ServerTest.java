package org.concert.api;

import org.concert.server.ConcertServer;
import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The real server on a random port with the repository's rules and cases. Every full-stack test
 * uses exactly this, so they share one application context (the rules compile once).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = ConcertServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@interface ServerTest {
}

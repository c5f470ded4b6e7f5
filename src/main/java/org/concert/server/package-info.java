/**
 * The HTTP server's core: the Spring Boot application ({@link org.concert.server.ConcertServer}),
 * its settings ({@link org.concert.server.ConcertProperties}, prefix {@code concert}), the rule base
 * being served ({@link org.concert.server.ServingRules}, swapped whole, read once per request) and
 * the stored cases with the JSON they were read from ({@link org.concert.server.CaseStore}).
 * Nothing here knows HTTP; the endpoints are in {@code org.concert.api}.
 */
package org.concert.server;

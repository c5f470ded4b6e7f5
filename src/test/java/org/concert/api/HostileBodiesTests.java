package org.concert.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever body is posted, the server answers with the status that kind of body deserves
 * (a success, or a 4xx problem: malformed, too large, not a case, unknown case), never a 5xx and never
 * a stack trace. The bodies come from a seeded generator; the seed is printed, and
 * {@code -Dconcert.seed=N} replays a run.
 */
@ServerTest
class HostileBodiesTests {

    static final int BODIES_PER_ENDPOINT = 600;
    /** concert.max-body-bytes as the test server runs (1MB): a larger body is refused before it is read. */
    static final int LIMIT = 1_048_576;

    @LocalServerPort
    int port;

    @Test
    void everyBodyIsAnsweredWithTheStatusItsKindDeserves() {
        long seed = Long.getLong("concert.seed", 20080404L);
        System.out.println("HostileBodiesTests seed " + seed + " (replay with -Dconcert.seed=" + seed + ")");
        HostileBodies bodies = new HostileBodies(seed);
        Http http = new Http(port);
        Map<String, Integer> answered = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        for (int i = 0; i < BODIES_PER_ENDPOINT * 2; i++) {
            boolean whatIf = i % 2 == 1;
            String endpoint = whatIf ? "/api/what-if" : "/api/evaluations";
            HostileBodies.AsOf asOf = bodies.asOf();
            HostileBodies.Body body = whatIf ? bodies.whatIfBody() : bodies.caseBody();
            // Too large is refused from the declared length; a bad date before the body is looked at.
            Set<Integer> expected = body.bytes().length > LIMIT ? Set.of(HostileBodies.TOO_LARGE)
                    : !asOf.date() ? Set.of(HostileBodies.MALFORMED) : body.expected();
            Http.Response r = http.post(endpoint + "?asOf=" + asOf.query(), body.bytes(), "application/json");
            answered.merge(endpoint + " " + body.kind() + " " + r.status(), 1, Integer::sum);
            String shown = new String(body.bytes(), 0, Math.min(body.bytes().length, 300), StandardCharsets.UTF_8);
            if (!expected.contains(r.status())) {
                unexpected.add(String.format("body #%d (%s, seed %d) to %s?asOf=%s: %d, expected %s%n  sent: %s…%n  answer: %s",
                        i, body.kind(), seed, endpoint, asOf.query(), r.status(), expected, shown,
                        r.body().substring(0, Math.min(r.body().length(), 400))));
            }
            if (r.status() >= 400) {
                assertThat(r.isProblem()).as("body #%d (seed %d): %s", i, seed, r.body()).isTrue();
                assertThat(r.body()).as("body #%d (seed %d)", i, seed).doesNotContain("\tat ", "Exception", "org.springframework");
            }
        }
        System.out.println("HostileBodiesTests answered " + answered);
        assertThat(unexpected).as("answers with another status than the body's kind deserves").isEmpty();
        for (String endpoint : List.of("/api/evaluations", "/api/what-if")) {
            assertThat(answered.entrySet().stream().filter(e -> e.getKey().startsWith(endpoint + " "))
                    .mapToInt(Map.Entry::getValue).sum()).as("answers from %s", endpoint).isEqualTo(BODIES_PER_ENDPOINT);
        }
        // Every kind of body was sent, and a good share of them was accepted: the property is not vacuous.
        assertThat(answered.keySet()).anyMatch(k -> k.startsWith("/api/evaluations mutated case 200"))
                .anyMatch(k -> k.startsWith("/api/what-if what-if request 200"))
                .anyMatch(k -> k.contains(" random bytes ")).anyMatch(k -> k.contains(" over the limit 413"))
                .anyMatch(k -> k.contains(" truncated case 400")).anyMatch(k -> k.contains(" JSON that is not a case 422"))
                .anyMatch(k -> k.contains(" deep nesting 400")).anyMatch(k -> k.contains(" deep nesting 422"))
                .anyMatch(k -> k.contains(" case with broken UTF-8 400")).anyMatch(k -> k.contains(" what-if request 404"));
    }
}

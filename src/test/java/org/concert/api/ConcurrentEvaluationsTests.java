package org.concert.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evaluations share one rule base and run in parallel: 16 clients at once get exactly what one client gets alone
 * (here with stored evaluations kept, as served by default; {@link ConcurrentUncachedEvaluationsTests} without).
 */
@ServerTest
class ConcurrentEvaluationsTests {

    static final int THREADS = 16;
    static final int ROUNDS = 8;

    @LocalServerPort
    int port;

    /** Stored and posted evaluations and what-ifs over several cases and dates. */
    List<String[]> requests() throws Exception {
        String vienna = java.nio.file.Files.readString(java.nio.file.Path.of("cases/vienna-1815.json"));
        List<String[]> requests = new ArrayList<>();
        for (String asOf : List.of("1995-01-01", "2004-03-29", "2008-04-04", "2014-03-18", "2022-02-24")) {
            requests.add(new String[]{"/api/cases/russia-west-1990-2022/evaluation?asOf=" + asOf, null});
            requests.add(new String[]{"/api/what-if?asOf=" + asOf,
                    "{\"caseId\": \"russia-west-1990-2022\", \"changes\": {\"remove\": [\"bucharest-2008\"]}}"});
        }
        for (String asOf : List.of("1920-01-01", "1933-10-14", "1939-09-01")) {
            requests.add(new String[]{"/api/cases/versailles-1919/evaluation?asOf=" + asOf, null});
        }
        requests.add(new String[]{"/api/evaluations?asOf=1816-01-01", vienna});
        requests.add(new String[]{"/api/evaluations?asOf=1853-10-04", vienna});
        return requests;
    }

    @Test
    void sixteenThreadsGetTheSameResultsAsOneThread() throws Exception {
        Http http = new Http(port);
        List<String[]> requests = requests();
        List<String> sequential = new ArrayList<>();
        for (String[] r : requests) sequential.add(answer(http, r));
        assertThat(sequential).allSatisfy(a -> assertThat(a).startsWith("200 "));

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    Http client = new Http(port);
                    List<String> answers = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < requests.size(); i++) {
                            int k = (i + offset + round) % requests.size(); // threads hit different requests at once
                            answers.add(k + " " + answer(client, requests.get(k)));
                        }
                    }
                    return answers;
                }));
            }
            int compared = 0;
            for (Future<List<String>> f : futures) {
                for (String a : f.get(5, TimeUnit.MINUTES)) {
                    int space = a.indexOf(' ');
                    int k = Integer.parseInt(a.substring(0, space));
                    assertThat(a.substring(space + 1)).as("request %s", requests.get(k)[0]).isEqualTo(sequential.get(k));
                    compared++;
                }
            }
            assertThat(compared).isEqualTo(THREADS * ROUNDS * requests.size());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answer(Http http, String[] request) {
        Http.Response r = request[1] == null ? http.get(request[0]) : http.post(request[0], request[1]);
        return r.status() + " " + r.body();
    }
}

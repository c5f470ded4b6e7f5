package org.concert;

import org.concert.casefile.CaseLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar, run as the Docker image runs it ({@code docker/Dockerfile}'s ENTRYPOINT:
 * {@code java -jar app.jar --concert.rules-dir=/rules --concert.cases-dir=/cases}) from a working
 * directory with no rules or cases of its own, with copies of the repository's mounted beside it.
 * Also on a Java runtime without the Java compiler (as a JRE image has): rules still compile, with
 * the Eclipse compiler Drools brings. Runs after {@code package} (failsafe).
 */
class ServerJarIT {

    static final Path JAR = Path.of("target/concert.jar").toAbsolutePath();
    static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @Test
    void theImageEntrypointServesTheMountedRulesAndCases(@TempDir Path root) throws Exception {
        servesRussiaWest(JAVA_HOME.resolve("bin/java"), root);
    }

    @Test
    void aRuntimeWithoutTheJavaCompilerIsEnough(@TempDir Path root) throws Exception {
        Path runtime = root.resolve("jre");
        Process jlink = new ProcessBuilder(JAVA_HOME.resolve("bin/jlink").toString(),
                // jdk.management: evaluations and the gate's trials are bounded by per-thread allocation and CPU time
                // (com.sun.management.ThreadMXBean); Debian's headless JRE has it. The compiler (jdk.compiler) stays out.
                "--add-modules", "java.se,jdk.unsupported,jdk.zipfs,jdk.crypto.ec,jdk.management",
                "--no-header-files", "--no-man-pages", "--output", runtime.toString())
                .redirectErrorStream(true).redirectOutput(root.resolve("jlink.log").toFile()).start();
        assertThat(jlink.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(jlink.exitValue()).as(Files.readString(root.resolve("jlink.log"))).isZero();
        String modules = run(List.of(runtime.resolve("bin/java").toString(), "--list-modules"), root).out();
        assertThat(modules).doesNotContain("jdk.compiler");
        servesRussiaWest(runtime.resolve("bin/java"), root);
    }

    @Test
    void cliCommandsDoNotStartSpring(@TempDir Path root) throws Exception {
        Result r = run(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(),
                "evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01", "--format", "json", "--cache-dir", root.toString()), Path.of("."));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(CaseLoader.mapper().readTree(r.out()).get("case").asString()).isEqualTo("vienna-1815");
        assertThat(r.err()).doesNotContain("Tomcat", "Spring", "Started Concert");
    }

    @Test
    void theSecondRunLoadsTheRulesTheFirstCompiledAndAnswersTheSame(@TempDir Path root) throws Exception {
        List<String> evaluate = List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(),
                "evaluate", "cases/russia-west-1990-2022.json", "--as-of", "2008-04-04", "--cache-dir", root.resolve("cache").toString());
        Result cold = run(evaluate, Path.of("."));
        assertThat(cold.exit()).as(cold.err()).isZero();
        try (Stream<Path> entries = Files.list(root.resolve("cache"))) {
            assertThat(entries.filter(f -> f.toString().endsWith(".rulebase"))).hasSize(1);
        }
        Result warm = run(evaluate, Path.of("."));
        assertThat(warm.exit()).as(warm.err()).isZero();
        assertThat(warm.out()).isEqualTo(cold.out());
        assertThat(warm.err()).isEmpty();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenCostsOneNoticeAndNothingElse(@TempDir Path root) throws Exception {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x"); // as a read-only home would: the folder cannot be made
        Result r = run(List.of(JAVA_HOME.resolve("bin/java").toString(), "-jar", JAR.toString(),
                "evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01", "--cache-dir", file.resolve("concert").toString()), Path.of("."));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("vienna-1815");
        assertThat(r.err().lines()).singleElement().asString().startsWith("Rule cache: off for this run: cannot use ");
    }

    private static void servesRussiaWest(Path java, Path root) throws Exception {
        copy(Path.of("rules"), root.resolve("rules"));
        copy(Path.of("cases"), root.resolve("cases"));
        Path workDir = Files.createDirectories(root.resolve("app"));
        int port = freePort();
        Path log = root.resolve("server.log");
        List<String> command = List.of(java.toString(), "-jar", JAR.toString(),
                "--concert.rules-dir=" + root.resolve("rules"), "--concert.cases-dir=" + root.resolve("cases"),
                "--server.port=" + port);
        ProcessBuilder start = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        start.environment().put("CONCERT_CACHE_DIR", root.resolve("rule-cache").toString());
        Process server = start.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            awaitHealthy(client, port, server, log);
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/cases/russia-west-1990-2022/evaluation?asOf=2008-04-04")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            List<String> propositions = new ArrayList<>();
            for (JsonNode w : CaseLoader.mapper().readTree(r.body()).get("warnings")) w.get("propositions").forEach(p -> propositions.add(p.asString()));
            assertThat(propositions).contains("P20");
        } finally {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) server.destroyForcibly().waitFor();
        }
    }

    private static void awaitHealthy(HttpClient client, int port, Process server, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("the server stopped:%n%s", Files.readString(log)).isTrue();
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the server did not become healthy:\n" + Files.readString(log));
    }

    record Result(int exit, String out, String err) {
    }

    private static Result run(List<String> command, Path dir) throws Exception {
        Path out = Files.createTempFile("concert-out", ".txt");
        Path err = Files.createTempFile("concert-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}

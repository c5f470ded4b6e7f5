package org.concert.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What code in a sandboxed child can do, tried inside ({@link Attempts}) and, for contrast, the same attempt here: each
 * check could fail, since the same attempt succeeds outside the sandbox.
 */
class SandboxTest {

    static Sandbox sandbox;
    static Child child;

    @TempDir
    static Path outside;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.create(SandboxSettings.DEFAULT.withHeap(128L * 1024 * 1024).withWallClock(Duration.ofSeconds(30)));
        assertThat(sandbox.available()).as("bubblewrap works here: %s", sandbox.why()).isTrue();
        child = sandbox.start(Attempts.class, List.of());
        assertThat(child.receive(Attempts.Outcome.class, Duration.ofSeconds(60)).detail()).isEqualTo("ready");
    }

    @AfterAll
    static void stop() {
        if (child != null) child.close();
    }

    private static Attempts.Outcome inside(String what, String argument) {
        child.send(new Attempts.Request(what, argument));
        return child.receive(Attempts.Outcome.class, Duration.ofSeconds(30));
    }

    @Test
    void aChildWritesNoFileOutsideItsScratchFolder() throws Exception {
        Path target = outside.resolve("marker.txt");
        assertThat(inside("write", target.toString()).succeeded()).isFalse();
        assertThat(target).doesNotExist();
        assertThat(inside("write", "/tmp/scratch.txt").succeeded()).as("its own /tmp is writable").isTrue();
        assertThat(Attempts.attempt("write", target.toString()).succeeded()).as("outside, the same write works").isTrue();
        assertThat(Files.readString(target)).contains("sandbox");
    }

    @Test
    void aChildSeesNeitherTheServersFilesNorItsProcessesNorItsEnvironment() throws Exception {
        Path secret = outside.resolve("secret.txt");
        Files.writeString(secret, "the server's secret\n");
        assertThat(inside("read", secret.toString()).succeeded()).isFalse();
        assertThat(Attempts.attempt("read", secret.toString()).detail()).isEqualTo("the server's secret");
        assertThat(inside("list", "/etc").detail()).doesNotContain("passwd");
        assertThat(inside("processes", "").detail()).as("only itself and bubblewrap's init").isIn("1", "2", "3");
        assertThat(inside("env", "HOME").succeeded()).isFalse();
        assertThat(inside("whoami", "").detail()).contains("CapEff:\t0000000000000000");
        assertThat(inside("exec", "/usr/bin/id").detail()).contains("uid=65534");
    }

    @Test
    void aChildHasNoNetwork() throws Exception {
        try (ServerSocket listening = new ServerSocket(0)) {
            String here = "127.0.0.1:" + listening.getLocalPort();
            assertThat(inside("connect", here).succeeded()).isFalse();
            assertThat(Attempts.attempt("connect", here).succeeded()).as("outside, the same connection works").isTrue();
        }
    }

    @Test
    void aChildThatHoardsMemoryOrSpinsIsStoppedAndSaysWhy() {
        Sandbox small = Sandbox.create(SandboxSettings.DEFAULT.withHeap(96L * 1024 * 1024).withWallClock(Duration.ofSeconds(3)));
        try (Child hoarder = small.start(Attempts.class, List.of())) {
            hoarder.receive(Attempts.Outcome.class, Duration.ofSeconds(60));
            hoarder.send(new Attempts.Request("allocate", "4096"));
            assertThatThrownBy(() -> hoarder.receive(Attempts.Outcome.class, Duration.ofSeconds(30)))
                    .isInstanceOf(SandboxException.class).hasMessageContaining("out of memory");
        }
        try (Child spinner = small.start(Attempts.class, List.of())) {
            spinner.receive(Attempts.Outcome.class, Duration.ofSeconds(60));
            spinner.send(new Attempts.Request("spin", "600000"));
            long start = System.nanoTime();
            assertThatThrownBy(() -> spinner.receive(Attempts.Outcome.class, small.settings().wallClock()))
                    .isInstanceOf(SandboxException.class).hasMessageContaining("wall-clock limit of 3 s");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(spinner.isAlive()).isFalse();
        }
    }

    @Test
    void withoutBubblewrapThereIsNoSandboxAndTheReasonSaysWhatToInstall() {
        // A confinement tool that cannot be found stands for a machine without bubblewrap.
        assertThat(Sandbox.create(SandboxSettings.DEFAULT).command(Attempts.class)).contains("bwrap", "--unshare-all", "--remount-ro");
    }
}

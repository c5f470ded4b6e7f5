package org.concert;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConcertTest {

    @Test
    void noArgumentsServeOrOnlySettingsStartTheServer() {
        assertThat(Concert.startsServer()).isTrue();
        assertThat(Concert.startsServer("serve")).isTrue();
        assertThat(Concert.startsServer("serve", "--server.port=9090")).isTrue();
        assertThat(Concert.startsServer("--concert.rules-dir=/rules", "--concert.cases-dir=/cases")).isTrue();
    }

    @Test
    void commandsAndHelpRunTheCommandLine() {
        assertThat(Concert.startsServer("evaluate", "cases/vienna-1815.json", "--as-of", "1816-01-01")).isFalse();
        assertThat(Concert.startsServer("--help")).isFalse();
        assertThat(Concert.startsServer("--version")).isFalse();
        assertThat(Concert.startsServer("evaluate", "--as-of=1816-01-01")).isFalse();
    }

    @Test
    void serveIsNotPassedToSpring() {
        assertThat(Concert.serverArgs("serve", "--server.port=9090")).containsExactly("--server.port=9090");
        assertThat(Concert.serverArgs("--server.port=9090")).containsExactly("--server.port=9090");
    }
}

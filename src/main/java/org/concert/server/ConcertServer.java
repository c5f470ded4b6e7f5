package org.concert.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application. It has no {@code main}: the jar's one entry point,
 * {@link org.concert.Concert}, starts it when no CLI command is given, so CLI commands never start Spring.
 */
@SpringBootApplication(scanBasePackages = {"org.concert.server", "org.concert.api"})
@EnableConfigurationProperties(ConcertProperties.class)
public class ConcertServer {

    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(ConcertServer.class, args);
    }
}

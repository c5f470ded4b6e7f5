package org.concert.server;

import jakarta.servlet.http.HttpServletResponse;
import org.concert.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * HTTP Basic over a stateless API: reading, checking and changing rule files, reloading, the audit
 * log and the actuator's metrics need the ANALYST role; health is open to probes; everything else
 * (evaluation, the rule catalogue, pages) is open while evaluation is open, and needs any configured
 * user when it is not. Refusals are problem details like every other error: 401 without credentials,
 * 403 without the role. There are no cookies or sessions; CSRF tokens are replaced by refusing any
 * state-changing request that is not JSON (the endpoints' {@code JsonOnlyWrites} filter).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    static final String ANALYST = "ANALYST";
    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain api(HttpSecurity http, SecurityProperties properties) throws Exception {
        AuthenticationEntryPoint signIn = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"concert\"");
            problem(response, 401, "unauthorized", "Sign-in required",
                    "this needs valid credentials (HTTP Basic): " + request.getMethod() + " " + request.getRequestURI());
        };
        // No cookies, no sessions: every request carries its credentials. A browser that caches Basic credentials would
        // still send them cross-site: JsonOnlyWrites (org.concert.api) refuses every state-changing request that is not JSON.
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(signIn)
                        .accessDeniedHandler((request, response, ex) -> problem(response, 403, "forbidden", "Forbidden",
                                "this needs the analyst role: " + request.getMethod() + " " + request.getRequestURI())))
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/api/rules/files", "/api/rules/files/**", "/api/rules/check", "/api/rules/reload", "/api/rules/audit")
                            .hasRole(ANALYST);
                    a.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    // Metrics say what runs, how often and how long: for operators (the analyst), not for anyone.
                    a.requestMatchers("/actuator", "/actuator/**").hasRole(ANALYST);
                    if (properties.evaluationOpen()) a.anyRequest().permitAll();
                    else a.anyRequest().authenticated();
                });
        return http.build();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties, PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        SecurityProperties.User analyst = properties.analyst();
        String name = analyst.name().isBlank() ? "analyst" : analyst.name();
        String password = analyst.password();
        if (password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("No analyst password configured: generated one for this run. Analyst user '{}', password: {} "
                    + "(set concert.security.analyst.password, or CONCERT_SECURITY_ANALYST_PASSWORD)", name, password);
        }
        users.add(User.withUsername(name).password(encode(password, encoder)).roles(ANALYST).build());
        if (properties.reader().configured()) {
            users.add(User.withUsername(properties.reader().name()).password(encode(properties.reader().password(), encoder)).roles("READER").build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** A configured password may already be encoded ({bcrypt}…); a plain one is encoded here, never kept as is. */
    private static String encode(String password, PasswordEncoder encoder) {
        return password.startsWith("{") ? password : encoder.encode(password);
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        java.util.Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", "urn:concert:problem:" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json"); // bytes, not a writer: no charset parameter, like Spring's problems
        response.getOutputStream().write(Json.mapper().writeValueAsBytes(problem));
    }
}

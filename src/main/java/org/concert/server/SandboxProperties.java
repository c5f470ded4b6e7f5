package org.concert.server;

import org.concert.sandbox.Confinement;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Where candidate rules are tried before they are accepted: sandboxed child JVMs ({@code concert.sandbox.*}).
 *
 * @param confinement {@code bubblewrap} (the default; without it rule authoring is refused), or {@code none}: an
 *                    operator's explicit opt-out, in which children keep their resource limits but can read what the
 *                    server reads and reach the network
 * @param heap        each child's Java heap; its address space is capped at this plus 1 GB
 * @param cpu         CPU time each child may use, warm-up included
 * @param wallClock   how long one job (a check, a gate's trial) may take before its child is killed
 * @param maxRunning  jobs that may run at once; more are refused as busy
 * @param keepWarm    keep one child warm (compiled serving rules, waiting for the next job)
 */
@ConfigurationProperties("concert.sandbox")
public record SandboxProperties(@DefaultValue("bubblewrap") Confinement confinement,
                                @DefaultValue("512MB") DataSize heap,
                                @DefaultValue("3m") Duration cpu,
                                @DefaultValue("90s") Duration wallClock,
                                @DefaultValue("2") int maxRunning,
                                @DefaultValue("true") boolean keepWarm) {
}

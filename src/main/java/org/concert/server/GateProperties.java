package org.concert.server;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The regression gate's limits ({@code concert.gate.*}).
 *
 * @param maxCostRatio     a change whose rules cost more than this many times the serving rules on the scaled case
 *                         (memory allocated, or CPU time) is rejected
 * @param costCopies       copies of the largest stored case that make the scaled case (0: cost not measured)
 * @param maxRuleFile      the largest rule file the gate (and a check) takes
 * @param maxRejectedDiff  the longest diff a rejected change keeps in the audit log
 */
@ConfigurationProperties("concert.gate")
public record GateProperties(@DefaultValue("3.0") double maxCostRatio,
                             @DefaultValue("8") int costCopies,
                             @DefaultValue("256KB") DataSize maxRuleFile,
                             @DefaultValue("16KB") DataSize maxRejectedDiff) {
}

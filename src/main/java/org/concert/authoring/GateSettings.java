package org.concert.authoring;

/**
 * The regression gate's own limits.
 *
 * @param maxCostRatio      a candidate that costs more than this many times what the serving rules cost on the scaled
 *                          case (memory allocated, or CPU time above {@code minCpuMicros}) is rejected
 * @param minCpuMicros      CPU times below this are too short to compare (noise)
 * @param maxRuleFileBytes  the largest rule file the gate takes
 * @param maxDiffBytes      the longest diff a rejected change keeps in the audit log (an accepted one keeps it whole)
 */
public record GateSettings(double maxCostRatio, long minCpuMicros, int maxRuleFileBytes, int maxDiffBytes) {

    public static final GateSettings DEFAULT = new GateSettings(3.0, 50_000, 256 * 1024, 16 * 1024);
}

package org.concert.regression;

import org.concert.casefile.Level;

import java.time.LocalDate;

/**
 * When a warning was on in a timeline: first seen, gone again ({@code null} if still on at the end),
 * and the highest level it reached.
 */
public record WarningSpan(String key, String kind, String title, LocalDate appeared, LocalDate disappeared, Level peak) {
}

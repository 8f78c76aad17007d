package org.opentvs.reporting.entity;

import java.io.Serializable;

/** Verification response times of a touchpoint in one UTC hour of the day (null = all hours), in milliseconds. */
public record LatencyRow(String touchpoint, Integer hourOfDay, long count, double p50, double p95, double p99) implements Serializable {
}

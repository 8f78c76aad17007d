package org.opentvs.reporting.entity;

import java.io.Serializable;

/** Alerts of one kind and outcome (status) in the period. */
public record AlertCount(String kind, String status, long count) implements Serializable {
}

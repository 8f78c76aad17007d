package org.opentvs.reporting.entity;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A gallery of the period: its flight (or land port), APIS receipt, ready time and build time. */
public record GalleryBuild(String flight, String date, String port, String status, int expected, int withReference,
        OffsetDateTime manifestReceivedAt, OffsetDateTime readyAt, Integer buildMillis) implements Serializable {
}

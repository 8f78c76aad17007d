package org.opentvs.alerting.entity;

/** Pending until an analyst decides; withdrawn when its watch-list entry is removed. */
public enum HotlistStatus {
    PENDING, VALIDATED, DISMISSED, WITHDRAWN
}

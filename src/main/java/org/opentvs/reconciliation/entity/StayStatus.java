package org.opentvs.reconciliation.entity;

/** The classification of one non-immigrant admission. */
public enum StayStatus {
    ON_TIME, OUT_OF_COUNTRY_OVERSTAY, SUSPECTED_IN_COUNTRY_OVERSTAY, PENDING
}

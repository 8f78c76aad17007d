package org.opentvs.manifest.entity;

/** Where a traveler stands on a flight: expected at the gate, removed by the carrier, or settled by close-out. */
public enum TravelerStatus {

    EXPECTED, REMOVED, BOARDED, NOT_BOARDED;

    /** Whether the traveler belongs in the flight's gallery. */
    public boolean expected() {
        return this == EXPECTED || this == BOARDED;
    }
}

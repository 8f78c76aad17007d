package org.opentvs.stay.entity;

/** A carrier's answer per traveler: a record of lawful presence and departure authorization exists, does not, or cannot be told. */
public enum BoardingAnswer {
    YES, NO, UNKNOWN
}

package org.opentvs.reporting.entity;

import java.io.Serializable;

/** A manifest traveler of a flight as the drill-down shows it (personal data: the read is audited). */
public record TravelerRecord(String reference, String familyName, String nationality, String sex, Integer birthYear,
        boolean usCitizen, boolean inScope, String status, String confirmation) implements Serializable {
}

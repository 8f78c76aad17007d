package org.opentvs.holdings.entity;

import java.time.LocalDate;

/** Biographic data of a reference identity as a source sends it. */
public record PersonData(String familyName, String givenNames, LocalDate dateOfBirth, String sex, String nationality,
        boolean usCitizen) {

    public PersonData {
        if (familyName == null || familyName.isBlank()) {
            throw new IllegalArgumentException("a person needs a family name");
        }
    }
}

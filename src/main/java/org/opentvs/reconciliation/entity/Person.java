package org.opentvs.reconciliation.entity;

import java.time.LocalDate;

/** The biographic data both sides of a link carry. Any field but the family name may be null. */
public record Person(String familyName, String givenNames, LocalDate dateOfBirth, String nationality,
        String documentNumber, String documentCountry) {
}

package org.opentvs.holdings.entity;

import java.time.LocalDate;
import java.util.UUID;

/** The identity holding a document, with the biographic data a departure record carries. */
public record HeldPerson(UUID identityId, String familyName, String givenNames, LocalDate dateOfBirth, String nationality,
        boolean usCitizen) {
}

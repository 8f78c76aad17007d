package org.opentvs.manifest.entity;

import java.time.LocalDate;
import java.util.List;

/** Everything a transmission says about one traveler, plus the derived citizenship and scope. */
public record TravelerFacts(TravelerRole role, boolean inTransit, String familyName, String givenNames, LocalDate dateOfBirth,
        String sex, String nationality, String residenceCountry, String birthPlace, String embarkation, String debarkation,
        String reference, String reservation, String seat, List<TravelerDocument> documents, boolean usCitizen, boolean inScope) {
}

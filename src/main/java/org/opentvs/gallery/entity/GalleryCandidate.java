package org.opentvs.gallery.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A traveler the gallery should expect, with what is needed to find their reference faces. */
public record GalleryCandidate(UUID travelerId, String reference, List<DocumentKey> documents, String familyName,
        String givenNames, LocalDate dateOfBirth, String nationality, boolean usCitizen, boolean inScope) {

    public record DocumentKey(String number, String issuingCountry) {
    }

    public GalleryCandidate {
        documents = List.copyOf(documents);
    }
}

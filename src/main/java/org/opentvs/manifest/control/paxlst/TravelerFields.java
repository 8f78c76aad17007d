package org.opentvs.manifest.control.paxlst;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opentvs.manifest.entity.TravelerRole;

/** Mutable traveler values while a traveler group is being read. */
final class TravelerFields {

    TravelerRole role;
    boolean inTransit;
    String familyName;
    String givenNames;
    LocalDate dateOfBirth;
    String sex;
    String nationality;
    String residenceCountry;
    String birthPlace;
    String embarkation;
    String debarkation;
    String reference;
    String reservation;
    String seat;
    Integer checkedBags;
    final List<String> bagTags = new ArrayList<>(0);

    ParsedTraveler toTraveler(List<ParsedDocument> documents, List<String> warnings) {
        return new ParsedTraveler(role, inTransit, familyName, givenNames, dateOfBirth, sex, nationality,
                residenceCountry, birthPlace, embarkation, debarkation, reference, reservation, seat, documents,
                warnings, checkedBags, bagTags);
    }
}

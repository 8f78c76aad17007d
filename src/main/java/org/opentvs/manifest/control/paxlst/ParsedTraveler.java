package org.opentvs.manifest.control.paxlst;

import java.time.LocalDate;
import java.util.List;
import org.opentvs.manifest.entity.TravelerRole;

/**
 * One traveler (SG4 NAD group). {@code checkedBags} comes from MEA+CT, {@code bagTags} from FTX+BAG
 * (placeholders such as NULL are not bags).
 */
public record ParsedTraveler(TravelerRole role, boolean inTransit, String familyName, String givenNames,
        LocalDate dateOfBirth, String sex, String nationality, String residenceCountry,
        String birthPlace, String embarkation, String debarkation, String reference, String reservation,
        String seat, List<ParsedDocument> documents, List<String> warnings,
        Integer checkedBags, List<String> bagTags) {

    public ParsedTraveler {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
        bagTags = List.copyOf(bagTags);
    }
}

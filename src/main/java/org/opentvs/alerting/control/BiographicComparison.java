package org.opentvs.alerting.control;

/**
 * Compares one person with one watch-list entry. A hit is an exact document (number and country),
 * or a name at or above the threshold whose date of birth does not contradict the entry's.
 */
public record BiographicComparison(double nameThreshold, int dobToleranceDays) {

    public BiographicHit compare(ScreenedPerson person, ListedPerson entry) {
        boolean document = person.documents().stream().anyMatch(d -> entry.documents().stream().anyMatch(d::sameAs));
        double name = 0;
        for (PersonName listed : entry.names()) {
            name = Math.max(name, NameSimilarity.score(person.name(), listed));
        }
        DobAgreement dob = DobAgreement.of(person.dateOfBirth(), entry.dateOfBirth(), dobToleranceDays);
        String nationality = person.nationality() == null || entry.nationality() == null ? "UNKNOWN"
                : person.nationality().equals(entry.nationality()) ? "AGREE" : "DIFFER";
        return new BiographicHit(entry, document ? BiographicHit.DOCUMENT : BiographicHit.NAME, name, dob, nationality, document);
    }

    public boolean isHit(BiographicHit hit) {
        return hit.documentAgrees() || (hit.nameScore() >= nameThreshold && hit.dateOfBirth() != DobAgreement.MISMATCH);
    }
}

package org.opentvs.alerting.control;

/**
 * Compares one person with one watch-list entry. A hit is an exact document (number and country),
 * or a name at or above the threshold with the same date of birth (or day and month swapped); when
 * the dates only agree within the tolerance, or one is unknown, the name must agree 0.05 closer.
 */
public record BiographicComparison(double nameThreshold, int dobToleranceDays) {

    static final double LOOSE_DATE_MARGIN = 0.05;

    public BiographicHit compare(ScreenedPerson person, ListedPerson entry) {
        boolean document = person.documents().stream().anyMatch(d -> entry.documents().stream().anyMatch(d::sameAs));
        DobAgreement dob = DobAgreement.of(person.dateOfBirth(), entry.dateOfBirth(), dobToleranceDays);
        double name = 0;
        for (PersonName listed : entry.names()) {
            name = Math.max(name, NameSimilarity.score(person.name(), listed));
        }
        String nationality = person.nationality() == null || entry.nationality() == null
                ? "UNKNOWN"
                : person.nationality().equals(entry.nationality()) ? "AGREE" : "DIFFER";
        return new BiographicHit(entry, document ? BiographicHit.DOCUMENT : BiographicHit.NAME, name, dob, nationality, document);
    }

    /** Screening's shortcut: only a document can make a hit of contradicting birth dates, so their names need no comparing. */
    public BiographicHit screen(ScreenedPerson person, ListedPerson entry) {
        if (DobAgreement.of(person.dateOfBirth(), entry.dateOfBirth(), dobToleranceDays) == DobAgreement.MISMATCH
                && person.documents().stream().noneMatch(d -> entry.documents().stream().anyMatch(d::sameAs))) {
            return null;
        }
        BiographicHit hit = compare(person, entry);
        return isHit(hit) ? hit : null;
    }

    public boolean isHit(BiographicHit hit) {
        if (hit.documentAgrees()) {
            return true;
        }
        return switch (hit.dateOfBirth()) {
            case EXACT, TRANSPOSED -> hit.nameScore() >= nameThreshold;
            case WITHIN_TOLERANCE, UNKNOWN -> hit.nameScore() >= Math.min(1.0, nameThreshold + LOOSE_DATE_MARGIN);
            case MISMATCH -> false;
        };
    }
}

package org.opentvs.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.person.EditDistance;
import org.opentvs.person.NameFolding;

class NameScreeningTest {

    private final BiographicComparison comparison = new BiographicComparison(0.88, 365);

    private static ListedPerson listed(String family, String given, String dob, String nationality, String... documents) {
        return new ListedPerson(UUID.randomUUID(), "WANTED", List.of(PersonName.of(family, given)),
                dob == null ? null : LocalDate.parse(dob), nationality,
                java.util.Arrays.stream(documents).map(d -> new DocumentKey(d, nationality)).toList());
    }

    private static ScreenedPerson person(String family, String given, String dob, String nationality, String... documents) {
        return new ScreenedPerson(UUID.randomUUID(), PersonName.of(family, given), dob == null ? null : LocalDate.parse(dob),
                nationality, java.util.Arrays.stream(documents).map(d -> new DocumentKey(d, nationality)).toList());
    }

    @Test
    void transliterationFormsMergeTheUsualVariants() {
        assertEquals(NameFolding.translit("MOHAMMED"), NameFolding.translit("MUHAMMAD"));
        assertEquals(NameFolding.translit("MOHAMMED"), NameFolding.translit("MOHAMAD"));
        assertEquals(NameFolding.translit("IVANOV"), NameFolding.translit("IWANOFF"));
        assertEquals(NameFolding.translit("YOUSSEF"), NameFolding.translit("YUSUF"));
        assertEquals(NameFolding.translit("KHALID"), NameFolding.translit("KALED"));
        assertEquals("MULLER", NameFolding.fold("Müller"));
        assertEquals("OBRIEN", NameFolding.fold("O'Brien"));
        assertEquals(List.of("GARCIA", "LOPEZ"), NameFolding.tokens("García-López"));
    }

    @Test
    void damerauLevenshteinCountsATranspositionAsOneEdit() {
        assertEquals(1, EditDistance.distance("SMITH", "SMIHT"));
        assertEquals(3, EditDistance.distance("KITTEN", "SITTING"));
        assertEquals(0, EditDistance.distance("ANA", "ANA"));
        assertEquals(4, EditDistance.distance("", "ABCD"));
        assertEquals(0.8, EditDistance.similarity("SMITH", "SMYTH"), 1e-9);
    }

    @Test
    void datesOfBirthAgreeExactlyTransposedWithinToleranceOrNot() {
        LocalDate d = LocalDate.parse("1980-03-07");
        assertEquals(DobAgreement.EXACT, DobAgreement.of(d, d, 0));
        assertEquals(DobAgreement.TRANSPOSED, DobAgreement.of(d, LocalDate.parse("1980-07-03"), 0));
        assertEquals(DobAgreement.WITHIN_TOLERANCE, DobAgreement.of(d, LocalDate.parse("1980-12-31"), 365));
        assertEquals(DobAgreement.MISMATCH, DobAgreement.of(d, LocalDate.parse("1982-03-07"), 365));
        assertEquals(DobAgreement.UNKNOWN, DobAgreement.of(d, null, 365));
        LocalDate leap = LocalDate.parse("1959-06-15");
        assertEquals(DobAgreement.WITHIN_TOLERANCE, DobAgreement.of(leap, LocalDate.parse("1960-06-15"), 365),
                "a year off across 29 February");
        assertEquals(DobAgreement.MISMATCH, DobAgreement.of(leap, LocalDate.parse("1960-06-16"), 365));
        assertEquals(DobAgreement.MISMATCH, DobAgreement.of(leap, LocalDate.parse("1960-06-15"), 30),
                "only a tolerance of a year takes a year slip");
    }

    @Test
    void theIndexFindsTransliterationVariantsTyposAndSwappedNames() {
        BiographicIndex index = new BiographicIndex(comparison);
        ListedPerson entry = listed("ABDELRAHMAN", "MOHAMMED", "1980-03-07", "EGY");
        index.add(entry);
        index.add(listed("IVANOV", "SERGEI", "1975-01-01", "RUS"));
        assertEquals(List.of(entry.id()), ids(index.screen(person("ABDULRAHMAN", "MUHAMMAD", "1980-03-07", "EGY"))));
        assertEquals(List.of(entry.id()), ids(index.screen(person("ABDELRAHAMN", "MOHAMED", "1980-07-03", "EGY"))), "typo, transposed DOB");
        assertEquals(List.of(entry.id()), ids(index.screen(person("MOHAMMED", "ABDELRAHMAN", "1980-03-07", null))), "swapped");
        assertEquals(1, index.screen(person("IWANOFF", "SERGEY", "1975-06-30", "RUS")).size());
        ListedPerson variants = ListedPerson.of(UUID.randomUUID(), "SANCTIONS", "QADDAFI", "MUAMMAR", List.of("KADHAFI,MOAMMAR"),
                LocalDate.parse("1970-06-07"), "LBY", List.of());
        index.add(variants);
        assertEquals(List.of(variants.id()), ids(index.screen(person("GADHAFI", "MOAMMAR", "1970-06-07", "LBY"))),
                "another first letter: found through the given name");
        assertEquals(List.of(variants.id()), ids(index.screen(person("KADHAFI", "MOAMMAR", null, null))), "a listed variant");
        BiographicHit hit = index.screen(person("ABDULRAHMAN", "MUHAMMAD", "1980-03-07", "EGY")).get(0);
        assertEquals(BiographicHit.NAME, hit.basis());
        assertEquals(DobAgreement.EXACT, hit.dateOfBirth());
        assertEquals("AGREE", hit.nationality());
        assertTrue(hit.nameScore() >= 0.88, "score " + hit.nameScore());
    }

    @Test
    void plainlyDifferentNamesAndContradictingBirthDatesDoNotFire() {
        BiographicIndex index = new BiographicIndex(comparison);
        index.add(listed("ABDELRAHMAN", "MOHAMMED", "1980-03-07", "EGY"));
        index.add(listed("SMITH", "JOHN", "1970-05-05", "GBR"));
        assertEquals(List.of(), index.screen(person("JOHNSON", "PETER", "1980-03-07", "EGY")));
        assertEquals(List.of(), index.screen(person("SMYTHE", "JOANNA", "1970-05-05", "GBR")));
        assertEquals(List.of(), index.screen(person("ABDELRAHMAN", "MOHAMMED", "1991-03-07", "EGY")), "ten years apart");
        assertEquals(List.of(), index.screen(person("SMITH", null, "1970-05-05", "GBR")), "family name alone is not enough");
    }

    @Test
    void aDocumentAgreesExactlyWhateverTheName() {
        BiographicIndex index = new BiographicIndex(comparison);
        ListedPerson entry = listed("DOE", "JANE", null, "FRA", "12AB34567");
        index.add(entry);
        List<BiographicHit> hits = index.screen(person("MARTIN", "CLAIRE", "1990-01-01", "FRA", "12ab-34567"));
        assertEquals(1, hits.size());
        assertEquals(BiographicHit.DOCUMENT, hits.get(0).basis());
        assertEquals(List.of(), index.screen(new ScreenedPerson(UUID.randomUUID(), PersonName.of("MARTIN", "CLAIRE"), null, "DEU",
                List.of(new DocumentKey("12AB34567", "DEU")))), "same number, other country");
        index.remove(entry.id());
        assertEquals(0, index.size());
        assertEquals(List.of(), index.screen(person("DOE", "JANE", null, "FRA", "12AB34567")));
    }

    private static List<UUID> ids(List<BiographicHit> hits) {
        return hits.stream().map(h -> h.entry().id()).toList();
    }
}

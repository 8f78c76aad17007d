package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NameMatchingTest {

    @Test
    void damerauLevenshteinCountsTranspositionsAsOneEdit() {
        assertEquals(0, DamerauLevenshtein.distance("SMITH", "SMITH"));
        assertEquals(1, DamerauLevenshtein.distance("SMITH", "SMIHT"));
        assertEquals(1, DamerauLevenshtein.distance("SMITH", "SMYTH"));
        assertEquals(1, DamerauLevenshtein.distance("SMITH", "SMITHE"));
        assertEquals(3, DamerauLevenshtein.distance("CA", "ABC"), "optimal string alignment: no edit of a transposed pair");
        assertEquals(5, DamerauLevenshtein.distance("", "ABCDE"));
        assertEquals(1.0, DamerauLevenshtein.similarity("", ""));
        assertEquals(0.8, DamerauLevenshtein.similarity("SMITH", "SMIHT"), 1e-9);
    }

    @Test
    void foldingRemovesDiacriticsAndPunctuation() {
        assertEquals("MULLER", NameNormalizer.fold("Müller"));
        assertEquals("STRASSE", NameNormalizer.fold("Straße"));
        assertEquals("OBRIEN", NameNormalizer.fold("O'Brien"));
        assertEquals("JEAN LUC", NameNormalizer.fold(" Jean-Luc "));
        assertEquals("", NameNormalizer.fold(null));
    }

    @Test
    void transliterationVariantsShareACanonicalForm() {
        assertEquals(NameNormalizer.canonical("MUHAMMAD"), NameNormalizer.canonical("MOHAMMED"));
        assertEquals(NameNormalizer.canonical("Müller"), NameNormalizer.canonical("Mueller"));
        assertEquals(NameNormalizer.canonical("YURIY"), NameNormalizer.canonical("IURII"));
        assertEquals(NameNormalizer.canonical("PHILIPS"), NameNormalizer.canonical("FILIPS"));
        assertEquals(NameNormalizer.canonical("KHALED"), NameNormalizer.canonical("HALED"));
        assertEquals(NameNormalizer.canonical("TCHAIKOVSKY"), NameNormalizer.canonical("CHAIKOVSKII"));
        assertNotEquals(NameNormalizer.canonical("SMITH"), NameNormalizer.canonical("JONES"));
    }

    @Test
    void firstGivenNameOnly() {
        assertEquals(NameNormalizer.canonical("ANNA"), NameNormalizer.firstGiven("Anna Maria Louise"));
        assertEquals("", NameNormalizer.firstGiven(null));
        assertTrue(NameNormalizer.firstGiven("Jean-Luc").startsWith("J"));
    }
}

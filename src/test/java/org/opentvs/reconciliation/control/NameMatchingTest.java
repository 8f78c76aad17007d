package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentvs.person.EditDistance;
import org.opentvs.person.NameFolding;
import org.opentvs.person.NameForms;

class NameMatchingTest {

    @Test
    void damerauLevenshteinCountsTranspositionsAsOneEdit() {
        assertEquals(0, EditDistance.distance("SMITH", "SMITH"));
        assertEquals(1, EditDistance.distance("SMITH", "SMIHT"));
        assertEquals(1, EditDistance.distance("SMITH", "SMYTH"));
        assertEquals(1, EditDistance.distance("SMITH", "SMITHE"));
        assertEquals(3, EditDistance.distance("CA", "ABC"), "optimal string alignment: no edit of a transposed pair");
        assertEquals(5, EditDistance.distance("", "ABCDE"));
        assertEquals(1.0, EditDistance.similarity("", ""));
        assertEquals(0.8, EditDistance.similarity("SMITH", "SMIHT"), 1e-9);
    }

    @Test
    void foldingRemovesDiacriticsAndPunctuation() {
        assertEquals("MULLER", NameFolding.fold("Müller"));
        assertEquals("STRASSE", NameFolding.fold("Straße"));
        assertEquals("OBRIEN", NameFolding.fold("O'Brien"));
        assertEquals("JEAN LUC", NameFolding.fold(" Jean-Luc "));
        assertEquals("", NameFolding.fold(null));
    }

    @Test
    void transliterationVariantsShareACanonicalForm() {
        assertEquals(NameFolding.canonical("MUHAMMAD"), NameFolding.canonical("MOHAMMED"));
        assertEquals(NameFolding.canonical("Müller"), NameFolding.canonical("Mueller"));
        assertEquals(NameFolding.canonical("YURIY"), NameFolding.canonical("IURII"));
        assertEquals(NameFolding.canonical("PHILIPS"), NameFolding.canonical("FILIPS"));
        assertEquals(NameFolding.canonical("KHALED"), NameFolding.canonical("HALED"));
        assertEquals(NameFolding.canonical("TCHAIKOVSKY"), NameFolding.canonical("CHAIKOVSKII"));
        assertNotEquals(NameFolding.canonical("SMITH"), NameFolding.canonical("JONES"));
    }

    @Test
    void firstGivenNameOnly() {
        assertEquals(NameForms.of("ANNA"), NameForms.firstGiven("Anna Maria Louise"));
        assertTrue(NameForms.firstGiven(null).empty());
        assertEquals("JEAN", NameForms.firstGiven("Jean-Luc").plain());
    }

    @Test
    void aTranspositionThatJoinsEqualLettersIsOneEdit() {
        assertEquals(2, EditDistance.distance(NameFolding.canonical("RURUBO"), NameFolding.canonical("RRUUBO")), "repeats collapse");
        assertEquals(1 - 1.0 / 6, NameForms.of("RURUBO").similarity(NameForms.of("RRUUBO")), 1e-9);
        assertEquals(1.0, NameForms.of("MOHAMMED").similarity(NameForms.of("Muhammad")), "the canonical form merges variants");
    }
}

package org.opentvs.person;

/**
 * A name as reconciliation compares it, whole: its {@link NameFolding#letters letters} and its
 * {@link NameFolding#canonical canonical} form. {@link #similarity} is the better Damerau–Levenshtein
 * similarity of the two, as screening takes the better of plain and transliteration forms: the
 * canonical form merges spelling variants, the plain one keeps a transposition that brings equal
 * letters together (RURUBO keyed RRUUBO) at one edit, where collapsing repeats makes it two.
 */
public record NameForms(String plain, String canonical) {

    public static NameForms of(String name) {
        return new NameForms(NameFolding.letters(name), NameFolding.canonical(name));
    }

    /** The first given name (travel documents differ in how many middle names they carry). */
    public static NameForms firstGiven(String givenNames) {
        String folded = NameFolding.fold(givenNames);
        int space = folded.indexOf(' ');
        return of(space < 0 ? folded : folded.substring(0, space));
    }

    public boolean empty() {
        return plain.isEmpty();
    }

    public double similarity(NameForms other) {
        double canonicalSimilarity = EditDistance.similarity(canonical, other.canonical);
        return canonicalSimilarity == 1.0 ? 1.0 : Math.max(canonicalSimilarity, EditDistance.similarity(plain, other.plain));
    }
}

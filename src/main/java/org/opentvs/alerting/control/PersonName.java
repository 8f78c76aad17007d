package org.opentvs.alerting.control;

import java.util.List;

/**
 * One spelling of a person's name, prepared once for screening: folded and transliteration forms of
 * the family name and the given names (tokens joined by single spaces), and the family-name tokens'
 * blocking keys.
 */
public record PersonName(String family, String given, String familyTranslit, String givenTranslit, List<String> keys) {

    public static PersonName of(String familyName, String givenNames) {
        List<String> familyTokens = NameFolding.tokens(familyName);
        List<String> givenTokens = NameFolding.tokens(givenNames);
        List<String> keys = familyTokens.stream().map(NameFolding::skeleton).filter(k -> !k.isEmpty()).distinct().toList();
        return new PersonName(String.join(" ", familyTokens), String.join(" ", givenTokens), translit(familyTokens),
                translit(givenTokens), keys);
    }

    /** The given names' blocking keys, for probes whose family and given names may be swapped. */
    public List<String> givenKeys() {
        return NameFolding.tokens(given).stream().map(NameFolding::skeleton).filter(k -> !k.isEmpty()).distinct().toList();
    }

    public boolean empty() {
        return family.isEmpty();
    }

    private static String translit(List<String> tokens) {
        return String.join(" ", tokens.stream().map(NameFolding::translit).toList());
    }
}

package org.opentvs.alerting.control;

import java.util.List;
import org.opentvs.person.NameFolding;

/**
 * One spelling of a person's name, prepared once for screening: folded and transliteration forms of
 * the family name and the given names (tokens joined by single spaces), and the blocking keys of
 * the family-name and the given-name tokens.
 */
public record PersonName(String family, String given, String familyTranslit, String givenTranslit, List<String> familyKeys,
        List<String> givenKeys) {

    public static PersonName of(String familyName, String givenNames) {
        List<String> familyTokens = NameFolding.tokens(familyName);
        List<String> givenTokens = NameFolding.tokens(givenNames);
        List<String> familyTranslit = familyTokens.stream().map(NameFolding::translit).toList();
        List<String> givenTranslit = givenTokens.stream().map(NameFolding::translit).toList();
        return new PersonName(String.join(" ", familyTokens), String.join(" ", givenTokens), String.join(" ", familyTranslit),
                String.join(" ", givenTranslit), keys(familyTranslit), keys(givenTranslit));
    }

    /** The keys of every token, family and given names. */
    public List<String> allKeys() {
        List<String> all = new java.util.ArrayList<>(familyKeys);
        givenKeys.stream().filter(k -> !all.contains(k)).forEach(all::add);
        return all;
    }

    private static List<String> keys(List<String> tokens) {
        return tokens.stream().map(NameFolding::skeleton).filter(k -> !k.isEmpty()).distinct().toList();
    }

    public boolean empty() {
        return family.isEmpty();
    }

    private static String translit(List<String> tokens) {
        return String.join(" ", tokens.stream().map(NameFolding::translit).toList());
    }
}

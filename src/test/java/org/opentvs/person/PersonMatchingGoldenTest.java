package org.opentvs.person;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Java control against the golden list {@code person/golden.tsv} (PersonNameKeysIT holds the SQL side to it). */
class PersonMatchingGoldenTest {

    @Test
    void namesFoldAndKeyAsListed() {
        List<String> differences = new ArrayList<>();
        for (Golden.Name n : Golden.names()) {
            List<String> java = List.of(NameFolding.fold(n.input()), NameKeys.family(n.input()), NameKeys.initial(n.input()));
            if (!java.equals(List.of(n.fold(), n.familyKey(), n.initial()))) {
                differences.add(n + ": java " + java);
            }
            assertEquals(n.fold().replace(" ", ""), NameFolding.letters(n.input()));
            assertEquals(n.alphanumerics(), NameFolding.alphanumerics(n.input()));
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void pairsAgreeInTheListedFormsOnly() {
        List<String> differences = new ArrayList<>();
        for (Golden.Pair p : Golden.pairs()) {
            Set<String> agree = new TreeSet<>();
            if (NameFolding.fold(p.a()).equals(NameFolding.fold(p.b()))) {
                agree.add("fold");
            }
            if (NameKeys.family(p.a()).equals(NameKeys.family(p.b()))) {
                agree.add("key");
            }
            if (NameFolding.canonical(p.a()).equals(NameFolding.canonical(p.b()))) {
                agree.add("canonical");
            }
            if (NameFolding.tokens(p.a()).stream().map(NameFolding::translit).toList()
                    .equals(NameFolding.tokens(p.b()).stream().map(NameFolding::translit).toList())) {
                agree.add("translit");
            }
            int distance = EditDistance.distance(NameFolding.canonical(p.a()), NameFolding.canonical(p.b()));
            if (!agree.equals(new TreeSet<>(p.agree())) || distance != p.canonicalDistance()) {
                differences.add(p + ": java " + agree + " " + distance);
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void birthDatesRelateAsListedEitherWayRound() {
        List<String> differences = new ArrayList<>();
        for (Golden.Date d : Golden.dates()) {
            LocalDate a = LocalDate.parse(d.a());
            LocalDate b = LocalDate.parse(d.b());
            for (List<LocalDate> order : List.of(List.of(a, b), List.of(b, a))) {
                String relation = BirthDates.relation(order.get(0), order.get(1)).name();
                long days = BirthDates.daysApart(order.get(0), order.get(1));
                if (!relation.equals(d.relation()) || days != d.daysApart()) {
                    differences.add(d + ": java " + order + " " + relation + " " + days);
                }
            }
        }
        assertEquals(List.of(), differences);
    }

    @Test
    void theLinkKeyIsTheLettersOfEachField() {
        LocalDate born = LocalDate.of(1970, 2, 3);
        assertEquals(NameKeys.link("Müller-Lüdenscheidt", "José  María", born, "deu"),
                NameKeys.link("MULLER LUDENSCHEIDT", "JOSE MARIA", born, "DEU"));
        assertEquals(NameKeys.link("O'Brien", "Ann", null, "IRL"), NameKeys.link("O BRIEN", "ANN", null, "IRL"));
        assertEquals("OBRIEN|ANN||IRL", NameKeys.link("O'Brien", "Ann", null, "IRL"));
        assertEquals("MULLER|JOSE|1970-02-03|DEU", NameKeys.link("Müller", "José", born, "DEU"));
        assertEquals("MULLER|||", NameKeys.link("Müller", null, null, null));
        assertEquals("TRAVELERX3|ALEX||", NameKeys.link("Traveler-X3", "Alex", null, null), "digits tell records apart");
        assertEquals("SMITH2", NameFolding.alphanumerics("Smith 2"));
        assertEquals(false, NameKeys.link("MULLER", "JOSE", born, "DEU").equals(NameKeys.link("MULLER", "JOSE", born.plusDays(1), "DEU")));
    }
}

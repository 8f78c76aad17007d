package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.reconciliation.entity.Person;

class FuzzyMatcherTest {

    private static final LocalDate DOB = LocalDate.of(1984, 3, 7);
    private static final Person ARRIVAL = new Person("MOHAMMED", "AHMED ALI", DOB, "EGY", "A1234567", "EGY");

    @Test
    void birthDateTypos() {
        assertEquals(1.0, DateOfBirthSimilarity.of(DOB, DOB));
        assertEquals(0.8, DateOfBirthSimilarity.of(DOB, LocalDate.of(1984, 7, 3)), "day and month swapped");
        assertEquals(0.8, DateOfBirthSimilarity.of(DOB, LocalDate.of(1985, 3, 7)), "one digit");
        assertEquals(0.8, DateOfBirthSimilarity.of(DOB, LocalDate.of(1948, 3, 7)), "adjacent digits transposed");
        assertEquals(0.8, DateOfBirthSimilarity.of(LocalDate.of(1969, 6, 15), LocalDate.of(1970, 6, 15)),
                "one year off as the decade turns");
        assertEquals(0.0, DateOfBirthSimilarity.of(DOB, LocalDate.of(1990, 11, 21)));
        assertEquals(0.5, DateOfBirthSimilarity.of(DOB, null));
    }

    @Test
    void samePersonWithOneKindOfNoiseIsConfidentAndCorroborated() {
        List<Person> variants = List.of(
                new Person("MUHAMMAD", "AHMED", DOB, "EGY", "A1234567", "EGY"),
                new Person("MOHAMMED", "AHMED ALI", LocalDate.of(1984, 7, 3), "EGY", "A1234567", "EGY"),
                new Person("MOHAMMED", "AHMED ALI", DOB, "EGY", "A1234576", "EGY"),
                new Person("MOHAMED", "AHMAD", DOB, "EGY", null, null));
        for (Person p : variants) {
            double c = FuzzyMatcher.confidence(ARRIVAL, p);
            assertTrue(c >= LinkDecision.ACCEPT, p + " scored " + c);
            assertTrue(FuzzyMatcher.corroborated(ARRIVAL, p));
        }
    }

    @Test
    void differentPeopleScoreLow() {
        Person sameBirthday = new Person("SCHMIDT", "KLAUS", DOB, "DEU", "C9988776", "DEU");
        Person sameName = new Person("MOHAMMED", "AHMED", LocalDate.of(1991, 12, 30), "EGY", "B7654321", "EGY");
        assertTrue(FuzzyMatcher.confidence(ARRIVAL, sameBirthday) < LinkDecision.REVIEW);
        assertTrue(FuzzyMatcher.confidence(ARRIVAL, sameName) < LinkDecision.ACCEPT);
        assertFalse(FuzzyMatcher.corroborated(ARRIVAL, sameName));
    }

    @Test
    void decisionLinksOnlyAClearCorroboratedBest() {
        UUID a = new UUID(0, 1);
        UUID b = new UUID(0, 2);
        var link = LinkDecision.decide(List.of(new LinkDecision.Candidate(a, 0.95, true), new LinkDecision.Candidate(b, 0.72, true)));
        assertEquals(LinkDecision.Outcome.LINK, link.outcome());
        assertEquals(a, link.candidates().get(0).departureId());

        var ambiguous = LinkDecision.decide(List.of(new LinkDecision.Candidate(a, 0.93, true), new LinkDecision.Candidate(b, 0.91, true)));
        assertEquals(LinkDecision.Outcome.REVIEW, ambiguous.outcome());
        assertEquals("AMBIGUOUS", ambiguous.reason());
        assertEquals(2, ambiguous.candidates().size());

        var low = LinkDecision.decide(List.of(new LinkDecision.Candidate(a, 0.80, true)));
        assertEquals("LOW_CONFIDENCE", low.reason());
        var weak = LinkDecision.decide(List.of(new LinkDecision.Candidate(a, 0.90, false)));
        assertEquals("UNCORROBORATED", weak.reason());
        assertEquals(LinkDecision.Outcome.NONE, LinkDecision.decide(List.of(new LinkDecision.Candidate(a, 0.5, true))).outcome());
        assertEquals(LinkDecision.Outcome.NONE, LinkDecision.decide(List.of()).outcome());
    }
}

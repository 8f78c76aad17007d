package org.opentvs.holdings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void accentsCasePunctuationAndSpacingDoNotMatter() {
        LocalDate born = LocalDate.of(1970, 2, 3);
        assertEquals(NameKey.of("Müller-Lüdenscheidt", "José  María", born, "deu"),
                NameKey.of("MULLER LUDENSCHEIDT", "JOSE MARIA", born, "DEU"));
        assertNotEquals(NameKey.of("MULLER", "JOSE", born, "DEU"), NameKey.of("MULLER", "JOSE", born.plusDays(1), "DEU"));
        assertEquals("O BRIEN|ANN||IRL", NameKey.of("O'Brien", "Ann", null, "IRL"));
    }
}

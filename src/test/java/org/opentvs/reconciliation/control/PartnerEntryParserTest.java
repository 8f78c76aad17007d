package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartnerEntryParserTest {

    @Test
    void csvWithQuotedFieldsAndBadLines() {
        String csv = "family_name,given_names,date_of_birth,nationality,document_number,document_country,entry_date,port\n"
                + "\"O'NEIL, JR\",ANNA,1980-02-03,irl,P123,IRL,2026-11-02,0427\n"
                + "SMITH,JOHN,1980-02-30,GBR,P9,GBR,2026-11-02,0427\n"
                + "\n"
                + "SMITH,JOHN,1980-02-03,GBR,P9\n"
                + ",JOHN,1980-02-03,GBR,P9,GBR,2026-11-02,0427\n"
                + "LEE,KIM,1990-01-01,KORE,P9,KOR,2026-11-02,0427\n";
        PartnerFile file = PartnerEntryParser.parse(csv, PartnerEntryParser.Format.CSV);
        assertEquals(5, file.lines());
        assertEquals(1, file.entries().size());
        var e = file.entries().get(0);
        assertEquals("O'NEIL, JR", e.person().familyName());
        assertEquals("IRL", e.person().nationality());
        assertEquals(LocalDate.of(2026, 11, 2), e.entryDate());
        assertEquals(2, e.lineNo());
        assertEquals(4, file.rejects().size());
        assertEquals(3, file.rejects().get(0).lineNo());
        assertTrue(file.rejects().get(0).reason().contains("date_of_birth"));
        assertEquals(5, file.rejects().get(1).lineNo());
        assertTrue(file.rejects().get(1).reason().contains("fields"));
        assertTrue(file.rejects().get(2).reason().contains("family_name is required"));
        assertTrue(file.rejects().get(3).reason().contains("nationality"));
    }

    @Test
    void csvWithoutHeaderIsUnreadable() {
        assertThrows(IllegalArgumentException.class,
                () -> PartnerEntryParser.parse("SMITH,JOHN,1980-02-03\n", PartnerEntryParser.Format.CSV));
    }

    @Test
    void jsonLines() {
        String jsonl = "{\"family_name\":\"Müller\",\"date_of_birth\":\"1975-05-05\",\"entry_date\":\"2026-10-01\",\"document_number\":\"c01x\"}\n"
                + "not json\n"
                + "[1,2]\n"
                + "{\"family_name\":\"X\",\"date_of_birth\":19750505,\"entry_date\":\"2026-10-01\"}\n"
                + "{\"family_name\":\"Y\",\"date_of_birth\":\"2027-01-01\",\"entry_date\":\"2026-10-01\"}\n";
        PartnerFile file = PartnerEntryParser.parse(jsonl, PartnerEntryParser.Format.JSONL);
        assertEquals(5, file.lines());
        assertEquals(1, file.entries().size());
        assertEquals("C01X", file.entries().get(0).person().documentNumber());
        assertEquals(4, file.rejects().size());
        assertEquals(2, file.rejects().get(0).lineNo());
        assertTrue(file.rejects().get(2).reason().contains("must be a string"));
        assertTrue(file.rejects().get(3).reason().contains("after entry_date"));
    }
}

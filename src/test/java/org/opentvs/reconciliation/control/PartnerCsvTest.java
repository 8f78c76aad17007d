package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** Partner CSV edge cases: quotes, embedded line breaks, byte-order marks, bad quoting, line numbers. */
class PartnerCsvTest {

    private static final String HEADER = "family_name,given_names,date_of_birth,nationality,document_number,document_country,entry_date,port";

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        String csv = HEADER + "\r\n"
                + "\"O'NEIL, \"\"JR\"\"\",\"ANNA\nMARIA\",1980-02-03,IRL,P123,IRL,2026-11-02,0427\r\n"
                + "\"SMITH, JR\",\"JOHN \"\"JACK\"\"\",1980-02-03,GBR,P9,GBR,2026-11-02,0427\r\n";
        PartnerFile file = PartnerEntryParser.parse(csv, PartnerEntryParser.Format.CSV);
        assertEquals(2, file.lines());
        assertEquals(1, file.rejects().size());
        assertEquals(2, file.rejects().get(0).lineNo());
        assertEquals("given_names contains control characters", file.rejects().get(0).reason(), "the line break is kept in the name");
        assertEquals("\"O'NEIL, \"\"JR\"\"\",\"ANNA\nMARIA\",1980-02-03,IRL,P123,IRL,2026-11-02,0427", file.rejects().get(0).line());
        assertEquals("SMITH, JR", file.entries().get(0).person().familyName());
        assertEquals("JOHN \"JACK\"", file.entries().get(0).person().givenNames());
        assertEquals(4, file.entries().get(0).lineNo(), "the second record starts after the two lines of the first");
    }

    @Test
    void aByteOrderMarkDoesNotSpoilTheHeader() {
        String csv = "\uFEFF" + HEADER + "\nSMITH,JOHN,1980-02-03,GBR,P9,GBR,2026-11-02,0427\n";
        PartnerFile file = PartnerEntryParser.parse(csv, PartnerEntryParser.Format.CSV);
        assertEquals(1, file.entries().size());
        assertEquals("SMITH", file.entries().get(0).person().familyName());
    }

    @Test
    void aByteOrderMarkBeforeJsonLinesIsIgnored() {
        String jsonl = "\uFEFF{\"family_name\":\"Lee\",\"date_of_birth\":\"1975-05-05\",\"entry_date\":\"2026-10-01\"}\n";
        assertEquals(1, PartnerEntryParser.parse(jsonl, PartnerEntryParser.Format.JSONL).entries().size());
    }

    @Test
    void badQuotingRejectsOneLineAndReadingGoesOn() {
        String csv = HEADER + "\n"
                + "\"SMITH\"X,JOHN,1980-02-03,GBR,P9,GBR,2026-11-02,0427\n"
                + "\n"
                + "LEE,KIM,1990-01-01,KOR,P8,KOR,2026-11-02,0427\n"
                + "\"OPEN,JOHN,1980-02-03,GBR,P7,GBR,2026-11-02,0427\n"
                + "PARK,MIN,1991-01-01,KOR,P6,KOR,2026-11-02,0427\n";
        PartnerFile file = PartnerEntryParser.parse(csv, PartnerEntryParser.Format.CSV);
        assertEquals(List.of("LEE", "PARK"), file.entries().stream().map(e -> e.person().familyName()).toList());
        assertEquals(List.of(4, 6), file.entries().stream().map(e -> e.lineNo()).toList());
        assertEquals(2, file.rejects().size());
        assertEquals(2, file.rejects().get(0).lineNo());
        assertEquals("text after the closing quote of a field", file.rejects().get(0).reason());
        assertEquals("\"SMITH\"X,JOHN,1980-02-03,GBR,P9,GBR,2026-11-02,0427", file.rejects().get(0).line());
        assertEquals(5, file.rejects().get(1).lineNo());
        assertEquals("unterminated quoted field", file.rejects().get(1).reason());
        assertEquals(4, file.lines());
    }

    @Test
    void whatCommonsCsvWritesReadsBack() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, PartnerCsv.FORMAT)) {
            printer.printRecord(List.of("family_name", "given_names", "date_of_birth", "entry_date"));
            printer.printRecord(List.of("D'ARCY-\"SMITH\"", "LINE\r\nBREAK, COMMA", "1980-02-03", "2026-11-02"));
        }
        List<PartnerCsv.Row> rows = PartnerCsv.rows(out.toString());
        assertEquals(2, rows.size());
        assertNull(rows.get(1).error());
        assertEquals(List.of("D'ARCY-\"SMITH\"", "LINE\r\nBREAK, COMMA", "1980-02-03", "2026-11-02"), rows.get(1).cells());
        assertEquals(2, rows.get(1).lineNo());
    }

    @Test
    void lineStartsCountCrLfLfAndLoneCr() {
        LineStarts lines = new LineStarts("a\r\nb\nc\rd");
        assertEquals(4, lines.count());
        assertEquals(3, lines.lineOf(7));
        assertEquals("b\nc", lines.text(1, 2));
    }
}

package org.opentvs.reconciliation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentvs.platform.control.Sha256;

/** The exchange's file conventions: what we write is what the import reads; manifests checked; nothing lost when refused. */
class ExchangeFilesTest {

    @TempDir
    Path dir;

    @Test
    void whatThePrinterWritesTheImportReadsBack() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, PartnerCsv.FORMAT)) {
            csv.printRecord(PartnerEntryParser.FIELDS);
            csv.printRecord("O'NEILL, JR", "ANNE \"NAN\" MARIE", "1980-02-29", "IRL", "P1234567", "IRL", "2026-11-30", "SEA");
            csv.printRecord("LI", "", "1999-01-01", "CHN", "", "", "2026-12-01", "");
        }
        PartnerFile file = PartnerEntryParser.parse(out.toString(), PartnerEntryParser.Format.CSV);
        assertEquals(2, file.lines());
        assertEquals(List.of(), file.rejects());
        assertEquals("O'NEILL, JR", file.entries().get(0).person().familyName());
        assertEquals("ANNE \"NAN\" MARIE", file.entries().get(0).person().givenNames());
        assertEquals(LocalDate.of(2026, 11, 30), file.entries().get(0).entryDate());
        assertNull(file.entries().get(1).person().documentNumber());
        assertEquals(3, file.entries().get(1).lineNo());
    }

    @Test
    void aManifestNamesTheFileItsRecordsAndItsDigest() {
        ExchangeManifest m = new ExchangeManifest("a.csv", 2, Sha256.hex("x"));
        assertEquals(m, ExchangeManifest.parse(m.json()));
        assertNull(m.mismatch("a.csv", Sha256.hex("x"), 2));
        assertTrue(m.mismatch("a.csv", Sha256.hex("y"), 2).startsWith("CHECKSUM_MISMATCH"));
        assertTrue(m.mismatch("a.csv", Sha256.hex("x"), 3).startsWith("RECORD_COUNT_MISMATCH"));
        assertTrue(m.mismatch("b.csv", Sha256.hex("x"), 2).startsWith("MANIFEST_FILE_MISMATCH"));
        assertThrows(IllegalArgumentException.class, () -> ExchangeManifest.parse("[]"));
        assertThrows(IllegalArgumentException.class, () -> ExchangeManifest.parse("{\"file\":\"a\",\"records\":1,\"sha256\":\"abc\"}"));
        assertThrows(IllegalArgumentException.class, () -> ExchangeManifest.parse("{"));
    }

    @Test
    void aTamperedFileIsRefusedAndQuarantinedWithItsErrorNothingDeleted() throws Exception {
        String text = "family_name,date_of_birth,entry_date\r\nDOE,1980-01-01,2026-12-01\r\n";
        Path file = dir.resolve("CAN-USA-1.csv");
        Files.writeString(file, text.replace("DOE", "ROE"));
        Files.writeString(dir.resolve("CAN-USA-1.csv.manifest.json"), new ExchangeManifest("CAN-USA-1.csv", 1, Sha256.hex(text)).json());
        Files.writeString(dir.resolve(".CAN-USA-2.csv.tmp"), "partial");
        Files.writeString(dir.resolve("CAN-USA-3.jsonl"), "{}\n");
        assertEquals(List.of(file, dir.resolve("CAN-USA-3.jsonl")), InboundFile.list(dir), "in-progress writes and manifests wait");

        InboundFile read = InboundFile.read(file, 1 << 20);
        assertTrue(read.problem().startsWith("CHECKSUM_MISMATCH"), read.problem());
        InboundFile.quarantine(file, read.problem());
        assertFalse(Files.exists(file));
        Path q = dir.resolve("quarantine");
        assertEquals(text.replace("DOE", "ROE"), Files.readString(q.resolve("CAN-USA-1.csv")));
        assertTrue(Files.exists(q.resolve("CAN-USA-1.csv.manifest.json")));
        assertTrue(Files.readString(q.resolve("CAN-USA-1.csv.error")).startsWith("CHECKSUM_MISMATCH"));

        Path good = dir.resolve("CAN-USA-4.csv");
        Files.writeString(good, text);
        Files.writeString(dir.resolve("CAN-USA-4.csv.manifest.json"), new ExchangeManifest("CAN-USA-4.csv", 1, Sha256.hex(text)).json());
        InboundFile ok = InboundFile.read(good, 1 << 20);
        assertNull(ok.problem());
        assertEquals(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)), ok.sha256());
        assertTrue(InboundFile.read(good, 10).problem().startsWith("TOO_LARGE"));
        Files.write(dir.resolve("bad.csv"), new byte[]{(byte) 0xC3, (byte) 0x28});
        assertTrue(InboundFile.read(dir.resolve("bad.csv"), 100).problem().startsWith("NOT_UTF8"));
        InboundFile.done(good);
        assertTrue(Files.exists(dir.resolve("done").resolve("CAN-USA-4.csv")));
        assertTrue(Files.exists(dir.resolve("done").resolve("CAN-USA-4.csv.manifest.json")));
    }
}

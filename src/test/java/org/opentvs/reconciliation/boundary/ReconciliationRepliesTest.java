package org.opentvs.reconciliation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.Json;
import org.opentvs.reconciliation.control.DiscrepancyQueue;
import org.opentvs.reconciliation.control.ExchangeReport;
import org.opentvs.reconciliation.control.ExchangeTotals;
import org.opentvs.reconciliation.control.PartnerEntryStore;
import org.opentvs.reconciliation.control.PartnerFile;
import org.opentvs.reconciliation.entity.Admission;

/** The reconciliation replies as JSON-B writes them: field for field what the hand-built JSON was. */
class ReconciliationRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private static Admission admission(UUID id) {
        return new Admission(id, null, null, null, null, null, null, Instant.parse("2026-12-01T10:00:00Z"), null);
    }

    @Test
    void admissionsCountTheDuplicatesAndListEveryId() {
        assertEquals("{\"received\":2,\"stored\":1,\"duplicates\":1,\"ids\":[\"" + A + "\",\"" + B + "\"]}",
                JSONB.toJson(AdmissionsReply.of(List.of(admission(A), admission(B)), 1)));
        assertEquals("{\"received\":0,\"stored\":0,\"duplicates\":0,\"ids\":[]}", JSONB.toJson(AdmissionsReply.of(List.of(), 0)));
    }

    @Test
    void aDiscrepancyShowsEveryPersonFieldOfBothSidesNullOrNot() {
        DiscrepancyQueue.Discrepancy d = new DiscrepancyQueue.Discrepancy("d1", "a1", "p1", 0.75, "AMBIGUOUS", "OPEN",
                "2026-12-01 10:00:00+00", null, "B2", "2026-11-01 08:00:00+00", "AIR_EXIT", "2026-11-20 09:00:00+00",
                new DiscrepancyQueue.Person("DOE", "JANE", "1980-01-02", "FRA", "X1", null),
                new DiscrepancyQueue.Person("DOE", null, "1980-01-02", null, null, "FRA"));
        assertEquals(
                "{\"id\":\"d1\",\"confidence\":0.75,\"reason\":\"AMBIGUOUS\",\"status\":\"OPEN\",\"raisedAt\":\"2026-12-01 10:00:00+00\","
                        + "\"arrival\":{\"admissionId\":\"a1\",\"classOfAdmission\":\"B2\",\"admittedAt\":\"2026-11-01 08:00:00+00\","
                        + "\"familyName\":\"DOE\",\"givenNames\":\"JANE\",\"dateOfBirth\":\"1980-01-02\",\"nationality\":\"FRA\","
                        + "\"documentNumber\":\"X1\",\"documentCountry\":null},"
                        + "\"departure\":{\"departureId\":\"p1\",\"source\":\"AIR_EXIT\",\"departedAt\":\"2026-11-20 09:00:00+00\","
                        + "\"familyName\":\"DOE\",\"givenNames\":null,\"dateOfBirth\":\"1980-01-02\",\"nationality\":null,"
                        + "\"documentNumber\":null,\"documentCountry\":\"FRA\"},\"resolution\":null}",
                JSONB.toJson(DiscrepancyReply.of(d)));
        assertEquals("{\"id\":\"" + A + "\",\"status\":\"LINKED\"}", JSONB.toJson(new DiscrepancyReply.Resolved(A.toString(), "LINKED")));
    }

    @Test
    void aPartnerFileReceiptListsTheFirstRejects() {
        List<PartnerFile.Reject> rejects = new ArrayList<>(List.of(new PartnerFile.Reject(2, "bad date", "x"),
                new PartnerFile.Reject(5, "no port", "y")));
        PartnerFile file = new PartnerFile(6, List.of(), rejects);
        assertEquals("{\"fileId\":\"" + A + "\",\"partner\":\"CAN\",\"format\":\"CSV\",\"lines\":6,\"accepted\":3,\"duplicates\":1,"
                + "\"rejected\":2,\"rejects\":[{\"line\":2,\"reason\":\"bad date\"}]}",
                JSONB.toJson(PartnerFileReply.of("CAN", "CSV", file, new PartnerEntryStore.Stored(A, 3, 1), 1)));
    }

    @Test
    void theExchangeReportHasARateOrNullAndALastRunOrNull() {
        ExchangeTotals totals = ExchangeTotals.of(List.of(new ExchangeReport.Row("CAN", "OUTBOUND", 1, 0, 4, 2),
                new ExchangeReport.Row("CAN", "INBOUND", 0, 1, 0, 0), new ExchangeReport.Row("MEX", "OUTBOUND", 2, 0, 3, 3),
                new ExchangeReport.Row("MEX", "INBOUND", 1, 0, 3, 1)));
        String partners = "{\"partners\":[{\"partner\":\"CAN\",\"outbound\":{\"files\":1,\"reconciled\":2,\"reconciliationRate\":0.5,\"sent\":4},"
                + "\"inbound\":{\"files\":0,\"reconciled\":0,\"reconciliationRate\":null,\"received\":0,\"quarantinedFiles\":1}},"
                + "{\"partner\":\"MEX\",\"outbound\":{\"files\":2,\"reconciled\":3,\"reconciliationRate\":1.0,\"sent\":3},"
                + "\"inbound\":{\"files\":1,\"reconciled\":1,\"reconciliationRate\":0.3333,\"received\":3,\"quarantinedFiles\":0}}]";
        assertEquals(partners + "}", JSONB.toJson(totals));
        assertEquals(partners + ",\"lastRun\":null}", JSONB.toJson(PartnerExchangeReply.of(totals, null)));
        PartnerExchangeReply.LastRun running = new PartnerExchangeReply.LastRun(7, "STARTED", "2026-12-01 10:00:00+00", null,
                Json.createReader(new java.io.StringReader("{\"CAN\":{\"outbound\":{\"sent\":1,\"files\":1}}}")).readObject());
        assertEquals("{\"partners\":[],\"lastRun\":{\"executionId\":7,\"batchStatus\":\"STARTED\",\"startedAt\":\"2026-12-01 10:00:00+00\","
                + "\"thisRun\":{\"CAN\":{\"outbound\":{\"sent\":1,\"files\":1}}}}}",
                JSONB.toJson(PartnerExchangeReply.of(new ExchangeTotals(List.of()), running)));
        PartnerExchangeReply.LastRun ended = new PartnerExchangeReply.LastRun(8, "COMPLETED", "2026-12-01 10:00:00+00",
                "2026-12-01 10:01:00+00", Json.createObjectBuilder().build());
        assertEquals(
                "{\"partners\":[],\"lastRun\":{\"executionId\":8,\"batchStatus\":\"COMPLETED\",\"startedAt\":\"2026-12-01 10:00:00+00\","
                        + "\"endedAt\":\"2026-12-01 10:01:00+00\",\"thisRun\":{}}}",
                JSONB.toJson(PartnerExchangeReply.of(new ExchangeTotals(List.of()), ended)));
    }
}

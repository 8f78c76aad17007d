package org.opentvs.partner.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentvs.platform.control.Json;

/** The partner replies as JSON-B writes them: field for field what the hand-built JSON was. */
class PartnerRepliesTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Test
    void anAnswerHasEveryAgreedFieldOfEachRecordNullOrNot() {
        PartnerRecordsReply reply = new PartnerRecordsReply("CAN", true, List.of("entryDate", "exitDate"),
                List.of(Json.createObjectBuilder().add("entryDate", "2026-11-01").addNull("exitDate").build()));
        assertEquals("{\"partner\":\"CAN\",\"found\":true,\"fields\":[\"entryDate\",\"exitDate\"],"
                + "\"records\":[{\"entryDate\":\"2026-11-01\",\"exitDate\":null}]}", JSONB.toJson(reply));
        assertEquals("{\"partner\":\"MEX\",\"found\":false,\"fields\":[],\"records\":[]}",
                JSONB.toJson(new PartnerRecordsReply("MEX", false, List.of(), List.of())));
    }

    @Test
    void theAccessReportCountsWhatWasAnsweredRefusedAndFound() {
        List<PartnerAccessReport.Entry> entries = List.of(
                PartnerAccessReport.Entry
                        .of(new Object[]{"q1", Timestamp.from(Instant.parse("2026-12-01T10:00:00Z")), "can-app", "ANSWERED",
                                "X1", "FRA", true, 2, "entryDate,exitDate"}),
                PartnerAccessReport.Entry.of(new Object[]{"q2", "2026-12-02 10:00:00", "can-app", "NO_AGREEMENT", "X2", "DEU", false, 0L,
                        ""}));
        assertEquals("{\"partner\":\"CAN\",\"from\":\"2026-11-03\",\"to\":\"2026-12-02\",\"queries\":2,\"answered\":1,\"refused\":1,"
                + "\"found\":1,\"truncated\":false,\"entries\":[{\"id\":\"q1\",\"at\":\"2026-12-01T10:00:00Z\",\"client\":\"can-app\","
                + "\"outcome\":\"ANSWERED\",\"documentNumber\":\"X1\",\"documentCountry\":\"FRA\",\"found\":true,\"records\":2,"
                + "\"fields\":\"entryDate,exitDate\"},{\"id\":\"q2\",\"at\":\"2026-12-02 10:00:00\",\"client\":\"can-app\","
                + "\"outcome\":\"NO_AGREEMENT\",\"documentNumber\":\"X2\",\"documentCountry\":\"DEU\",\"found\":false,\"records\":0,"
                + "\"fields\":\"\"}]}", JSONB.toJson(PartnerAccessReport.of("CAN", "2026-11-03", "2026-12-02", entries, false)));
        assertEquals("{\"partner\":\"CAN\",\"from\":\"2026-12-01\",\"to\":\"2026-12-01\",\"queries\":0,\"answered\":0,\"refused\":0,"
                + "\"found\":0,\"truncated\":true,\"entries\":[]}",
                JSONB.toJson(PartnerAccessReport.of("CAN", "2026-12-01", "2026-12-01", List.of(), true)));
    }
}

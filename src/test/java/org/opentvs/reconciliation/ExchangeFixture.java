package org.opentvs.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.opentvs.it.Api;
import org.opentvs.platform.control.Sha256;
import org.opentvs.reconciliation.control.ExchangeManifest;

/** Admissions for the partner exchange (third-country nationals, US and Canadian citizens) and checks of the files it writes. */
final class ExchangeFixture {

    private static final String[] FAMILY = {"MULLER", "O'NEILL, JR", "GARCÍA", "NGUYEN", "KOWALSKI", "TANAKA", "SILVA", "ROSSI",
            "OKAFOR", "SHARMA", "KIM", "WANG", "LINDQVIST", "YILMAZ", "HERNANDEZ", "DUBOIS"};
    private static final String[] GIVEN = {"ANNA", "JOHN", "MARIA \"MIA\"", "AHMED", "LI", "SOFIA", "PETER", "FATIMA", "HIROSHI", "OLGA"};
    private static final String[] THIRD = {"GBR", "DEU", "FRA", "VNM", "POL", "JPN", "BRA", "ITA", "NGA", "IND", "KOR", "CHN", "SWE", "TUR",
            "MEX"};

    /** One admission and whether it is a third-country national for the partner CAN. */
    record Admitted(UUID id, String nationality, String documentCountry, boolean thirdCountry) {
    }

    private ExchangeFixture() {
    }

    /** {@code n} admissions: about 80% third-country nationals (a few without a document), 10% US, 5% Canadian, 5% on a Canadian passport. */
    static List<Admitted> admit(Api api, String feed, int n, long seed, String prefix) {
        Random random = new Random(seed);
        List<Admitted> all = new ArrayList<>();
        for (int from = 0; from < n; from += 500) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (int i = from; i < Math.min(n, from + 500); i++) {
                int kind = random.nextInt(100);
                String nationality = kind < 10 ? "USA" : kind < 15 ? "CAN" : THIRD[random.nextInt(THIRD.length)];
                String documentCountry = kind >= 15 && kind < 20 ? "CAN" : nationality;
                UUID id = UUID.randomUUID();
                JsonObjectBuilder json = Json.createObjectBuilder().add("id", id.toString())
                        .add("familyName", FAMILY[random.nextInt(FAMILY.length)] + (char) ('A' + i % 26))
                        .add("givenNames", GIVEN[random.nextInt(GIVEN.length)])
                        .add("dateOfBirth",
                                java.time.LocalDate.of(1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28))
                                        .toString())
                        .add("nationality", nationality).add("classOfAdmission", "B2").add("port", "BLA")
                        .add("admittedAt", Instant.now().minusSeconds(3600 + random.nextInt(5 * 86400)).toString());
                if (kind < 95) {
                    json.add("documentNumber", prefix + String.format("%07d", i)).add("documentCountry", documentCountry);
                }
                list.add(json);
                all.add(new Admitted(id, nationality, kind < 95 ? documentCountry : null,
                        !List.of("USA", "CAN").contains(nationality) && !(kind < 95 && "CAN".equals(documentCountry))));
            }
            Api.Reply reply = api.postJson("api/v1/admissions", Api.bearer(feed),
                    Json.createObjectBuilder().add("admissions", list).build().toString());
            assertEquals(201, reply.status(), reply.body());
        }
        return all;
    }

    /** Every exchanged CSV file under the directory (and its done/ and quarantine/): name → its manifest agrees with it. */
    static long checkedRecords(Path directory) throws IOException {
        long records = 0;
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path csv : files.filter(p -> p.toString().endsWith(".csv") && !p.getParent().endsWith("quarantine")).toList()) {
                ExchangeManifest m = ExchangeManifest
                        .parse(Files.readString(csv.resolveSibling(csv.getFileName() + ExchangeManifest.SUFFIX)));
                long lines = Files.readAllLines(csv).size() - 1;
                assertNull(m.mismatch(csv.getFileName().toString(), Sha256.hex(Files.readAllBytes(csv)), lines), csv.toString());
                records += lines;
            }
        }
        return records;
    }

    static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}

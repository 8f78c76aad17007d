package org.opentvs.platform.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The query parameters and path segments of the API's reads, each sent with NUL (400 naming it) and with odd values. */
public final class QueryProbes {

    private static final Map<String, List<String>> READS = Map.of(
            "api/v1/crossings", List.of("port", "from", "to", "direction", "confirmation", "limit"),
            "api/v1/alerts", List.of("port", "status", "limit"),
            "api/v1/hotlist", List.of("status", "limit"),
            "api/v1/admin/quarantine", List.of("limit"),
            "api/v1/reconciliation/discrepancies", List.of("status", "limit"),
            "api/v1/admin/retention/receipts", List.of("run", "limit"),
            "api/v1/admin/jobs/retention-purge", List.of("limit"));
    private static final List<String> ODD = List.of("+999999999-12-31T00:00:00Z", "-1", "0", "99999999999999999999", "abc",
            "2026-02-30T00:00:00Z",
            "%C0%AF", "%FF%FE", "\u00e9\u4e2d\ud83d\ude00", "' or 1=1 --", "../../../etc/passwd");

    private final Random random;

    public QueryProbes(long seed) {
        this.random = new Random(seed);
    }

    public List<FuzzCase> all() {
        List<FuzzCase> cases = new ArrayList<>();
        READS.forEach((path, parameters) -> {
            for (String parameter : parameters) {
                cases.add(new FuzzCase("query-nul", "GET", path + "?" + parameter + "=JFK%00", null, new byte[0], 400, "NUL_CHARACTER",
                        null));
                for (String value : ODD) {
                    String encoded = value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
                    cases.add(FuzzCase.any("query", "GET", path + "?" + parameter + "=" + encoded, null, new byte[0]));
                }
                cases.add(FuzzCase.any("query-long", "GET", path + "?" + parameter + "=" + "A".repeat(1 + random.nextInt(6000)), null,
                        new byte[0]));
            }
        });
        for (String path : List.of("api/v1/galleries/", "api/v1/manifests/", "api/v1/admin/quarantine/", "api/v1/alerts/")) {
            cases.add(new FuzzCase("path-nul", "GET", path + "x%00y", null, new byte[0], 400, "NUL_CHARACTER", null));
            cases.add(FuzzCase.any("path", "GET", path + UUID.randomUUID(), null, new byte[0]));
            cases.add(FuzzCase.any("path", "GET", path + "A".repeat(3000), null, new byte[0]));
        }
        cases.add(FuzzCase.any("path", "GET", "api/v1/flights/XZ1/+999999999-12-31/gallery", null, new byte[0]));
        cases.add(FuzzCase.any("path", "GET", "api/v1/flights/XZ1/2026-02-30/gallery", null, new byte[0]));
        return cases;
    }
}

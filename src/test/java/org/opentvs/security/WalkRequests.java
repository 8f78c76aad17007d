package org.opentvs.security;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opentvs.it.Templates;

/**
 * What the walk sends for each operation of the contract: path parameters filled with the records
 * of the {@code home} scope (so a foreign caller must be refused them) or unknown ids for national
 * and administrative records, and a body that is valid where the scope decides a write.
 */
final class WalkRequests {

    record Request(String path, String contentType, byte[] body) {
    }

    /** Operations on one record of the home scope, or writing into it: a foreign caller gets 403 or 404. */
    static final Set<String> TARGETED = Set.of("GET /api/v1/manifests/{id}", "POST /api/v1/manifests", "GET /api/v1/galleries/{id}",
            "GET /api/v1/flights/{designator}/{date}/gallery", "POST /api/v1/verifications",
            "POST /api/v1/crossings/{id}/ident-determination", "GET /api/v1/alerts/{id}/traveler", "POST /api/v1/alerts/{id}/acknowledge",
            "POST /api/v1/alerts/{id}/resolve", "POST /api/v1/hotlist/{id}/validate", "POST /api/v1/hotlist/{id}/dismiss",
            "POST /api/v1/carriers/boarding-checks", "POST /api/v1/partner/records");

    /** The partner country whose queries are the home scope's (the test server has an agreement with it). */
    static final String HOME_PARTNER = "CAN";

    /** National data (no carrier or port): only callers without a scope limit, machine clients never. */
    static final Set<String> NATIONAL = Set.of("GET /api/v1/reconciliation/discrepancies",
            "POST /api/v1/reconciliation/discrepancies/{id}/resolve", "GET /api/v1/partner/access-report");

    static final String STREAM = "GET /api/v1/alerts/stream";

    private final ScopeSeed home;

    WalkRequests(ScopeSeed home) {
        this.home = home;
    }

    Request of(ApiContract.Operation op) {
        Map<String, String> values = Map.of("{designator}", home.carrier() + home.number(), "{date}", home.date().toString(),
                "{port}", home.airport(), "{job}", "no-such-job", "{category}", "no-such-category");
        String path = op.path();
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace(v.getKey(), v.getValue());
        }
        path = path.replace("{id}", idFor(op.path()));
        path = path.replaceAll("\\{[^}/]+\\}", "walk-unknown");
        if (op.path().equals("/api/v1/alerts/stream")) {
            path += "?lastEventId=0";
        }
        if (op.path().equals("/api/v1/stay")) {
            path += "?document=" + home.marker() + "D1&country=DEU&dateOfBirth=1981-03-04";
        }
        if (op.path().equals("/api/v1/partner/access-report")) {
            path += "?partner=" + HOME_PARTNER;
        }
        String relative = path.substring(1);
        if (op.method().equals("get") || op.method().equals("delete")) {
            return new Request(relative, null, null);
        }
        if (op.path().equals("/api/v1/manifests")) {
            return new Request(relative, "application/edifact", home.manifestBytes());
        }
        if (op.path().equals("/api/v1/reconciliation/partner-entries")) {
            return new Request(relative + "?partner=CA", "text/csv", "".getBytes(StandardCharsets.UTF_8));
        }
        return new Request(relative, "application/json", body(op.path()).getBytes(StandardCharsets.UTF_8));
    }

    private String idFor(String template) {
        if (template.startsWith("/api/v1/manifests/")) {
            return home.manifest();
        }
        if (template.startsWith("/api/v1/galleries/")) {
            return home.gallery();
        }
        if (template.startsWith("/api/v1/crossings/")) {
            return home.crossing();
        }
        if (template.startsWith("/api/v1/alerts/")) {
            return home.alert();
        }
        if (template.startsWith("/api/v1/hotlist/")) {
            return home.hotlist();
        }
        if (template.startsWith("/api/v1/admin/jobs/")) {
            return "999999999";
        }
        return UUID.randomUUID().toString();
    }

    private String body(String template) {
        if (template.equals("/api/v1/verifications")) {
            return Json.createObjectBuilder().add("touchpoint", "AIR_BOARDING")
                    .add("location", Json.createObjectBuilder().add("port", home.airport()).add("terminal", "1").add("gate", "B1"))
                    .add("flight", Json.createObjectBuilder().add("carrier", home.carrier()).add("number", home.number())
                            .add("date", home.date().toString()))
                    .add("device", Json.createObjectBuilder().add("id", "walk-cam").add("type", "GATE_CAMERA"))
                    .add("captures", Json.createArrayBuilder().add(Json.createObjectBuilder().add("modality", "FACE")
                            .add("template", Templates.template(unit(128)))))
                    .build().toString();
        }
        if (template.equals("/api/v1/carriers/boarding-checks")) {
            return Json.createObjectBuilder().add("flight", Json.createObjectBuilder().add("carrier", home.carrier())
                    .add("number", home.number()).add("date", home.date().toString()))
                    .add("travelers", Json.createArrayBuilder().add(person())).build().toString();
        }
        if (template.equals("/api/v1/partner/records")) {
            return person().add("partner", HOME_PARTNER).build().toString();
        }
        if (template.endsWith("/ident-determination")) {
            return "{\"determination\":\"MATCH\"}";
        }
        if (template.startsWith("/api/v1/hotlist/")) {
            return "{\"reason\":\"scope walk\"}";
        }
        if (template.startsWith("/api/v1/alerts/")) {
            return "{\"resolution\":\"scope walk\"}";
        }
        return "{}";
    }

    /** The home scope's traveler as a carrier or partner would name them: document and date of birth (ScopeSeed). */
    private jakarta.json.JsonObjectBuilder person() {
        return Json.createObjectBuilder().add("documentNumber", home.marker() + "D1").add("documentCountry", "DEU")
                .add("dateOfBirth", "1981-03-04");
    }

    private static float[] unit(int dimension) {
        float[] v = new float[dimension];
        v[0] = 1f;
        return v;
    }
}

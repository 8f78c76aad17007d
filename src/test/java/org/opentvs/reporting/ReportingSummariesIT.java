package org.opentvs.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Api;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;

/** The summary tables after real traffic and bulk history, against hand counts; the rollup endpoint's guards. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportingSummariesIT {

    private static ReportingSeed seed;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @ArquillianResource
    URL deployment;

    static synchronized ReportingSeed seeded(Api api) {
        if (seed == null) {
            ReportingSeed s = new ReportingSeed();
            s.load(api);
            Api.Reply rolled = api.post("api/v1/admin/reports/rollup?from=" + LocalDate.now().minusDays(30), Api.admin(), null,
                    new byte[0]);
            assertEquals(200, rolled.status(), rolled.body());
            seed = s;
        }
        return seed;
    }

    @Test
    void flightSummariesMatchTheHandCounts() {
        seeded(new Api(deployment));
        // RP100: 6 on the manifest, 4 matched + 1 referral after three no-matches = 5 photographed, 4 exits confirmed
        assertEquals("6 6 5 4 1 4 SFO 1 A5 cosine-v1", Db.string("select concat_ws(' ', expected, in_scope, photographed, matched,"
                + " see_officer, biometric_confirmed, port, terminal, gate, algorithm) from report_flight where carrier = 'RP'"
                + " and flight_number = '100' and touchpoint = '*'"));
        assertEquals(1, Db.count("select count(*) from report_flight where carrier = 'RP' and flight_number = '100'"
                + " and touchpoint = 'AIR_BOARDING' and matched = 4"));
        assertEquals("3 1 1", Db.string("select concat_ws(' ', expected, photographed, biometric_confirmed) from report_flight"
                + " where carrier = 'RP' and flight_number = '200' and touchpoint = '*'"));
        assertEquals("200 20 20", Db.string("select concat_ws(' ', sum(verifications), sum(capture_failures), sum(no_matches))"
                + " from report_hour where port = 'ORD'"));
        assertEquals(208, Db.count("select sum(n) from report_latency where port in ('SFO', 'JFK', 'ORD')"));
        assertEquals("9 5 5", Db.string("select concat_ws(' ', sum(expected), sum(matched), sum(biometric_confirmed))"
                + " from report_demographic where age_band = '30-44'"));
        assertEquals("200 20 70", Db.string("select concat_ws(' ', sum(verifications), sum(capture_failures),"
                + " round(sum(quality_sum) / sum(quality_n))) from report_device_day where device_id = 'hist-cam-1'"));
    }

    @Test
    void rollingTwiceChangesNothingAndNewCapturesArriveIncrementally() {
        Api api = new Api(deployment);
        seeded(api);
        String before = Db.string("select concat_ws(' ', count(*), sum(verifications)) from report_hour");
        assertEquals(200, api.post("api/v1/admin/reports/rollup", Api.admin(), null, new byte[0]).status());
        assertEquals(before, Db.string("select concat_ws(' ', count(*), sum(verifications)) from report_hour"), "idempotent");
        Db.execute("insert into verification (id, at, touchpoint, port, device_id, decision, instruction, us_citizen, attempt,"
                + " elapsed_micros, caller) values (gen_random_uuid(), now(), 'AIR_CHECK_IN', 'IAD', 'kiosk-9', 'CAPTURE_FAILED',"
                + " 'RECAPTURE', false, 1, 5000, 'it-late')");
        assertEquals(200, api.post("api/v1/admin/reports/rollup", Api.admin(), null, new byte[0]).status());
        assertEquals(1, Db.count("select sum(capture_failures) from report_hour where port = 'IAD'"), "picked up from the mark");
    }

    @Test
    void theRollupEndpointChecksItsCallerAndInput() {
        Api api = new Api(deployment);
        Api.Reply bad = api.post("api/v1/admin/reports/rollup?from=yesterday", Api.admin(), null, new byte[0]);
        assertEquals(400, bad.status());
        assertEquals("BAD_REQUEST", bad.json().getString("error"));
        assertEquals(400, api.post("api/v1/admin/reports/rollup?from=2999-01-01", Api.admin(), null, new byte[0]).status());
        String camera = api.client("camera not an operator", List.of("capture-device"), List.of("ZZ"), List.of());
        assertEquals(403, api.post("api/v1/admin/reports/rollup", Api.bearer(camera), null, new byte[0]).status());
        assertEquals(401, api.post("api/v1/admin/reports/rollup", null, null, new byte[0]).status());
    }
}

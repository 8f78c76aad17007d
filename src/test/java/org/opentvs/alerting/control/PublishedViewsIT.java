package org.opentvs.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.crossing.control.RegistrationStatements;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;
import org.opentvs.stay.control.BoardingCheckStatements;

/**
 * Alerting's set-based queries, crossing registration's insert ... select on the verification write
 * path and stay's boarding check read the owners' published views (V0102–V0108: manifest, holdings,
 * reconciliation, crossing, alerting) instead of their tables (issue 13). A plain view is expanded before
 * planning, so each query must plan exactly as the same query on the tables did: same joins, same
 * indexes, EXISTS still a semi or anti join. The table form is spelled here, and only here (tests
 * are outside TableOwnershipTest), as it stood before the change; the view form is the production
 * string. A view turned into a function, or a view that filters differently, changes the plan.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishedViewsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    private static final String FLIGHT = "'6f1d2c3b-0000-4000-8000-000000000001'";
    private static final String ENTRY = "'6f1d2c3b-0000-4000-8000-000000000002'";

    private static final String HOTLIST_ON_TABLES = "select cast(h.id as varchar), h.kind, h.status, h.category, h.basis, h.high_priority,"
            + " h.name_score, h.biometric_score, h.biographic_agreement, cast(h.watchlist_entry_id as varchar),"
            + " cast(h.subject_id as varchar), h.subject_kind, coalesce(t.family_name, i.family_name), coalesce(t.given_names, i.given_names),"
            + " cast(coalesce(t.date_of_birth, i.date_of_birth) as varchar), coalesce(t.nationality, i.nationality), f.carrier, f.number,"
            + " cast(f.departure_date as varchar), f.departure_airport, h.reason, h.decided_by, cast(h.decided_at as varchar),"
            + " cast(h.created_at as varchar) from hotlist_entry h left join traveler t on t.id = h.subject_id and h.subject_kind = 'TRAVELER'"
            + " left join holding_identity i on i.id = h.subject_id and h.subject_kind = 'IDENTITY'"
            + " left join flight f on f.id = h.flight_id";

    private static final String WITHDRAW_ON_TABLES = "with listed as (select id from watchlist_entry where id = ? and removed_at is null"
            + " and version = ? for share) update hotlist_entry h set status = 'WITHDRAWN', decided_at = ?, reason = 'watch-list entry changed'"
            + " where h.watchlist_entry_id = (select id from listed) and h.status in ('PENDING', 'VALIDATED')"
            + " and coalesce(h.entry_version, 0) < ? and h.subject_kind = 'TRAVELER'"
            + " and exists (select 1 from flight f where f.id = h.flight_id and f.status = 'OPEN' and f.departure_date >= current_date - 2)"
            + " returning cast(h.id as varchar), cast(h.subject_id as varchar)";

    private static final String NO_ARRIVAL_ON_TABLES = "select cast(t.id as varchar) from traveler t join flight f on f.id = t.flight_id"
            + " where t.flight_id = ? and f.direction = 'OUTBOUND' and not t.us_citizen and t.status <> 'REMOVED'"
            + " and not exists (select 1 from traveler_document d join admission a on a.document_number = d.number"
            + "   and a.document_country = d.issuing_country where d.traveler_id = t.id)"
            + " and not exists (select 1 from admission a where t.holding_id is not null and a.identity_id = t.holding_id)"
            + " and not exists (select 1 from traveler_document d join crossing c on c.document_number = d.number"
            + "   and c.document_country = d.issuing_country and c.direction = 'ENTRY' where d.traveler_id = t.id)"
            + " and not exists (select 1 from crossing c where t.holding_id is not null and c.identity_id = t.holding_id"
            + "   and c.direction = 'ENTRY')";

    private static final String LIST = " where true and h.status = 'PENDING' and f.carrier in ('XA') and (f.departure_airport in ('JFK')"
            + " or f.arrival_airport in ('JFK')) order by h.high_priority desc, h.created_at desc limit 100";

    @Test
    void alertingsQueriesOnThePublishedViewsPlanAsTheyDidOnTheTables() {
        Map<String, String> pairs = Map.of(
                HotlistRows.SELECT + LIST, HOTLIST_ON_TABLES + LIST,
                HotlistRows.SELECT + " where h.id = " + ENTRY, HOTLIST_ON_TABLES + " where h.id = " + ENTRY,
                bind(HotlistRecords.WITHDRAW_STALE, ENTRY, "2", "now()", "2"), bind(WITHDRAW_ON_TABLES, ENTRY, "2", "now()", "2"),
                bind(HotlistRecords.WITHOUT_LAWFUL_ARRIVAL, FLIGHT), bind(NO_ARRIVAL_ON_TABLES, FLIGHT));
        pairs.forEach((onViews, onTables) -> {
            String viewPlan = plan(onViews);
            assertEquals(plan(onTables), viewPlan, onViews);
            assertFalse(viewPlan.contains("Function Scan") || viewPlan.contains("SubPlan"), viewPlan);
        });
    }

    private static final String CROSSING_COLUMNS = "insert into crossing (id, traveler_id, identity_id, verification_id, direction,"
            + " confirmation, touchpoint, port, device_id, gallery_id, score, carrier, flight_number, flight_date, family_name, given_names,"
            + " date_of_birth, sex, nationality, document_number, document_country, occurred_at, recorded_at, elapsed_micros)";

    // EXPLAIN names a table by the alias it has in the query; a view's table by the alias in the view
    // (d in manifest_traveler_documents, holdings_identity_documents; f in manifest_flights). The table
    // forms below give the tables those aliases, and differ from the code as it stood in nothing else.
    private static final String MAIN_DOCUMENT_ON_TABLES = " left join lateral (select number, issuing_country from traveler_document d"
            + " where traveler_id = t.id order by (type = 'P') desc limit 1) d on true";

    private static final String FROM_TRAVELER_ON_TABLES = CROSSING_COLUMNS
            + " select ?, t.id, null, ?, ?, 'BIOMETRIC', ?, ?, ?, ?, ?, f.carrier, f.number, f.departure_date, t.family_name,"
            + " t.given_names, t.date_of_birth, t.sex, t.nationality, d.number, d.issuing_country, ?, ?, ?"
            + " from traveler t join flight f on f.id = t.flight_id" + MAIN_DOCUMENT_ON_TABLES + " where t.id = ?"
            + " on conflict (traveler_id, direction) where traveler_id is not null do nothing returning *";

    private static final String FROM_TRAVELERS_ON_TABLES = CROSSING_COLUMNS
            + " select u.id::uuid, t.id, null, u.verification::uuid, u.direction, 'BIOMETRIC', u.touchpoint, u.port, u.device,"
            + " u.gallery::uuid, u.score::real, f.carrier, f.number, f.departure_date, t.family_name, t.given_names, t.date_of_birth,"
            + " t.sex, t.nationality, d.number, d.issuing_country, u.occurred::timestamptz, ?, u.elapsed::integer"
            + " from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
            + "   ?::text[], ?::text[]) with ordinality"
            + "   as u(id, verification, direction, touchpoint, port, device, gallery, score, occurred, elapsed, traveler, ord)"
            + " join traveler t on t.id = u.traveler::uuid join flight f on f.id = t.flight_id" + MAIN_DOCUMENT_ON_TABLES
            + " order by u.ord on conflict (traveler_id, direction) where traveler_id is not null do nothing returning *";

    private static final String FROM_IDENTITY_ON_TABLES = CROSSING_COLUMNS
            + " select ?, null, i.id, ?, ?, 'BIOMETRIC', ?, ?, ?, ?, ?, null, null, null, i.family_name, i.given_names,"
            + " i.date_of_birth, i.sex, i.nationality, d.number, d.issuing_country, ?, ?, ?"
            + " from holding_identity i left join lateral (select number, issuing_country from holding_document d"
            + "   where identity_id = i.id limit 1) d on true where i.id = ? returning *";

    private static final String BIOGRAPHIC_DEPARTURES_ON_TABLES = CROSSING_COLUMNS
            + " select gen_random_uuid(), t.id, null, null, 'EXIT', 'BIOGRAPHIC', null, f.departure_airport, null, null, null,"
            + " f.carrier, f.number, f.departure_date, t.family_name, t.given_names, t.date_of_birth, t.sex, t.nationality,"
            + " d.number, d.issuing_country, coalesce(f.closed_at, ?), ?, null"
            + " from traveler t join flight f on f.id = t.flight_id" + MAIN_DOCUMENT_ON_TABLES
            + " where t.flight_id = ? and t.status = 'BOARDED' and t.in_scope and f.direction <> 'INBOUND'"
            + " and not exists (select 1 from crossing c where c.traveler_id = t.id and c.direction = 'EXIT')"
            + " on conflict (traveler_id, direction) where traveler_id is not null do nothing returning *";

    private static final String BOARDING_FLIGHT_ON_TABLES = "select id, direction from flight f where carrier = ? and number = ?"
            + " and departure_date = ?";

    private static final String BOARDING_TRAVELERS_ON_TABLES = "select distinct on (q.i) q.i, t.us_citizen, exists (select 1"
            + " from hotlist_entry h where h.subject_id = t.id and h.subject_kind = 'TRAVELER' and h.kind = 'WATCHLIST'"
            + " and h.status = 'VALIDATED' and h.category = any(?::text[]))"
            + " from unnest(?::text[], ?::text[], ?::date[]) with ordinality q(doc, country, dob, i)"
            + " join traveler t on t.flight_id = ? and t.date_of_birth = q.dob and t.status in ('EXPECTED', 'BOARDED')"
            + " join traveler_document d on d.traveler_id = t.id and d.number = q.doc and d.issuing_country = q.country"
            + " order by q.i, t.us_citizen desc";

    /**
     * Crossing registration and the boarding check keep their plans exactly. Both read a
     * set-returning unnest of the group or the carrier's list (the one Function Scan, on the tables
     * as on the views), and the boarding check's hit test stays the SubPlan it was.
     */
    @Test
    void crossingRegistrationAndTheBoardingCheckPlanAsTheyDidOnTheTables() {
        String[] one = {ENTRY, "'" + UUID.randomUUID() + "'", "'ENTRY'", "'AIRPORT_GATE'", "'JFK'", "'GATE-7'", "null", "'0.93'", "now()",
                "now()", "'1200'", FLIGHT};
        String[] group = {"now()", "'{a}'", "'{b}'", "'{ENTRY}'", "'{c}'", "'{JFK}'", "'{d}'", "'{e}'", "'{0.9}'", "'{f}'", "'{1}'",
                "'{g}'"};
        String[] departures = {"now()", "now()", FLIGHT};
        String[] flight = {"'XA'", "'101'", "'2026-12-08'"};
        String[] travelers = {"'{WANTED}'", "'{P1}'", "'{FRA}'", "'{1980-01-01}'", FLIGHT};
        Map<String, String> pairs = Map.of(
                bind(RegistrationStatements.FROM_TRAVELER, one), bind(FROM_TRAVELER_ON_TABLES, one),
                bind(RegistrationStatements.FROM_TRAVELERS, group), bind(FROM_TRAVELERS_ON_TABLES, group),
                bind(RegistrationStatements.FROM_IDENTITY, one), bind(FROM_IDENTITY_ON_TABLES, one),
                bind(RegistrationStatements.BIOGRAPHIC_DEPARTURES, departures), bind(BIOGRAPHIC_DEPARTURES_ON_TABLES, departures),
                bind(BoardingCheckStatements.FLIGHT, flight), bind(BOARDING_FLIGHT_ON_TABLES, flight),
                bind(BoardingCheckStatements.TRAVELERS, travelers), bind(BOARDING_TRAVELERS_ON_TABLES, travelers));
        pairs.forEach((onViews, onTables) -> {
            String viewPlan = plan(onViews);
            assertEquals(plan(onTables), viewPlan, onViews);
            assertTrue(viewPlan.lines().filter(l -> l.contains("Function Scan")).allMatch(l -> l.contains("Function Scan on u")
                    || l.contains("Function Scan on q")), viewPlan);
        });
    }

    /** The plan, with the application's parameters written in (explain cannot bind them). */
    private static String plan(String sql) {
        return String.join("\n", Db.strings("explain (costs off) " + sql));
    }

    private static String bind(String sql, String... values) {
        String bound = sql;
        for (String v : values) {
            bound = bound.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(v));
        }
        return bound;
    }

}

package org.opentvs.alerting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opentvs.it.Db;
import org.opentvs.it.Deployments;

/**
 * Alerting's set-based queries read the owners' published views (V0102–V0105: manifest, holdings,
 * reconciliation, crossing) instead of their tables (issue 13). A plain view is expanded before
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

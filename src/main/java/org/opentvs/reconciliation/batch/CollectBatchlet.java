package org.opentvs.reconciliation.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;

/**
 * First step, set-based and idempotent: entry crossings that carry enough biographic data and have
 * no admission become admissions (source ENTRY_CROSSING); exit crossings, partner entries and accepted self-reports become
 * the departures the job links, with their blocking keys (new ones only, by the primary key's conflict
 * clause: an anti-join against the table being filled is planned from its statistics before the insert,
 * and a table last seen empty made it a nested loop over the growing heap, quadratic). Checks the job
 * parameters first.
 */
@Dependent
@Named("reconCollect")
public class CollectBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(CollectBatchlet.class.getName());

    static final String ARRIVALS_FROM_ENTRIES = "insert into admission (id, identity_id, crossing_id, family_name, given_names,"
            + " date_of_birth, sex, nationality, document_number, document_country, class_of_admission, port, admitted_at,"
            + " admit_until, source, recorded_at)"
            + " select gen_random_uuid(), c.identity_id, c.id, c.family_name, c.given_names, c.date_of_birth, c.sex, c.nationality,"
            + " c.document_number, c.document_country, 'UNKNOWN', c.port, c.occurred_at, null, 'ENTRY_CROSSING', now()"
            + " from crossing c where c.direction = 'ENTRY' and c.family_name is not null and c.date_of_birth is not null"
            + " and (c.document_number is not null or c.identity_id is not null)"
            + " and not exists (select 1 from admission a where a.crossing_id = c.id)"
            + " and not exists (select 1 from admission a where a.document_number = c.document_number"
            + "   and a.document_country = c.document_country and a.admitted_at between c.occurred_at - interval '1 day'"
            + "   and c.occurred_at + interval '1 day')";
    static final String EXITS = "insert into recon_departure (id, source, occurred_at, identity_id, family_name, given_names,"
            + " date_of_birth, nationality, document_number, document_country, port, name_key, given_key)"
            + " select c.id, 'CROSSING', c.occurred_at, c.identity_id, c.family_name, c.given_names, c.date_of_birth, c.nationality,"
            + " c.document_number, c.document_country, c.port, recon_name_key(c.family_name), recon_initial(c.given_names)"
            + " from crossing c where c.direction = 'EXIT' on conflict (id) do nothing";
    static final String PARTNER_ENTRIES = "insert into recon_departure (id, source, occurred_at, identity_id, family_name,"
            + " given_names, date_of_birth, nationality, document_number, document_country, port, name_key, given_key)"
            + " select p.id, 'PARTNER', (p.entry_date + 1)::timestamp at time zone 'UTC' - interval '1 second', null, p.family_name,"
            + " p.given_names, p.date_of_birth, p.nationality, p.document_number, p.document_country, p.port,"
            + " recon_name_key(p.family_name), recon_initial(p.given_names) from partner_entry p on conflict (id) do nothing";
    /** Accepted self-reported departures (the server's receipt time is the departure time). */
    static final String SELF_REPORTS = "insert into recon_departure (id, source, occurred_at, identity_id, family_name, given_names,"
            + " date_of_birth, nationality, document_number, document_country, port, name_key, given_key)"
            + " select s.id, 'SELF_REPORT', s.received_at, s.identity_id, s.family_name, s.given_names, s.date_of_birth, s.nationality,"
            + " s.document_number, s.document_country, s.port, recon_name_key(s.family_name), recon_initial(s.given_names)"
            + " from self_report s where s.outcome = 'DEPARTED' on conflict (id) do nothing";

    @Inject
    @BatchProperty
    String asOf;

    @Inject
    ReconDataSource db;

    @Override
    public String process() throws Exception {
        if (asOf != null && !asOf.isBlank()) {
            try {
                LocalDate.parse(asOf.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Job parameter asOf must be a date YYYY-MM-DD");
            }
        }
        try (Connection c = db.get(); Statement s = c.createStatement()) {
            int arrivals = s.executeUpdate(ARRIVALS_FROM_ENTRIES);
            int exits = s.executeUpdate(EXITS);
            int partner = s.executeUpdate(PARTNER_ENTRIES);
            int selfReports = s.executeUpdate(SELF_REPORTS);
            s.execute("analyze admission, recon_departure, recon_link");
            LOG.info(() -> "Reconciliation collected " + arrivals + " arrivals from entry crossings, " + exits + " exits, "
                    + partner + " partner entries, " + selfReports + " self-reported departures");
        }
        return "COMPLETED";
    }
}

package org.opentvs.reconciliation.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.platform.control.Json;
import org.opentvs.reconciliation.control.ExchangeReport;
import org.opentvs.reconciliation.control.ExchangeTotals;
import org.opentvs.security.boundary.Roles;
import org.opentvs.security.entity.Role;

/**
 * {@code GET /api/v1/reconciliation/partner-exchange}: the two-way partner exchange per partner and
 * direction (files, records sent or received, reconciled, reconciliation rate) and the last run of
 * the {@code partner-exchange} job. Counts only, no person.
 */
@Stateless
@Path("reconciliation/partner-exchange")
@Produces(MediaType.APPLICATION_JSON)
public class PartnerExchangeResource {

    @Inject
    CurrentConnection connection;

    @GET
    @Roles({Role.PROGRAM_MANAGER, Role.BATCH_OPERATOR, Role.ADMIN})
    public PartnerExchangeReply report() throws SQLException {
        Connection c = connection.get();
        ExchangeTotals totals = ExchangeTotals.of(ExchangeReport.totals(c));
        try (PreparedStatement ps = c.prepareStatement("select execution_id, batch_status, started_at::text, ended_at::text,"
                + " coalesce(summary->'thisRun', '{}'::jsonb)::text from job_run where job = 'partner-exchange'"
                + " order by started_at desc, execution_id desc limit 1"); ResultSet rs = ps.executeQuery()) {
            PartnerExchangeReply.LastRun last = null;
            if (rs.next()) {
                last = new PartnerExchangeReply.LastRun(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Json.createReader(new StringReader(rs.getString(5))).readObject());
            }
            return PartnerExchangeReply.of(totals, last);
        }
    }
}

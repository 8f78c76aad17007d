package org.opentvs.departure.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.opentvs.departure.control.SelfReportRows;
import org.opentvs.departure.entity.SelfReportFacts;
import org.opentvs.departure.entity.SelfReportRefused;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.security.control.AuditTrail;
import org.opentvs.security.entity.Caller;

/**
 * The writes of a self-report that must outlive its refusal, each in its own transaction: the claim
 * of the request id and the selfie's digest (once per client and once overall, whatever comes next),
 * and the refusal kept for analysts with its audit events.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SelfReportLedger {

    public static final String REPLAYED_REQUEST = "REPLAYED_REQUEST";
    public static final String REPLAYED_SELFIE = "REPLAYED_SELFIE";

    @Inject
    CurrentConnection connection;

    @Inject
    SelfReportRows rows;

    @Inject
    AuditTrail audit;

    /** Claims the request id and the selfie; null when both are new, else the replay's refusal code. */
    public String claim(String clientId, String requestId, String selfieDigest, Instant at) {
        Connection c = connection.get();
        try (PreparedStatement ps = c.prepareStatement("insert into self_report_request (client_id, request_id, selfie_digest, received_at)"
                + " values (?, ?, ?, ?) on conflict do nothing")) {
            ps.setString(1, clientId);
            ps.setString(2, requestId);
            ps.setString(3, selfieDigest);
            ps.setTimestamp(4, Timestamp.from(at));
            if (ps.executeUpdate() == 1) {
                return null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("self-report replay guard unavailable", e);
        }
        try (PreparedStatement ps = c.prepareStatement("select 1 from self_report_request where client_id = ? and request_id = ?")) {
            ps.setString(1, clientId);
            ps.setString(2, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? REPLAYED_REQUEST : REPLAYED_SELFIE;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("self-report replay guard unavailable", e);
        }
    }

    public void keep(SelfReportFacts facts, SelfReportRefused refusal, Caller caller) {
        rows.refused(facts, refusal.code(), refusal.status());
        if (facts.person != null) {
            audit.record(caller, "READ", "holding_identity", facts.person.identityId(), "self-report 1:1 " + facts.id);
        }
        audit.record(caller, "REFUSE", "self_report", facts.id, refusal.code() + (facts.port() == null ? "" : " port=" + facts.port()));
    }
}

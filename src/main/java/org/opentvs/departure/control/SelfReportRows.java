package org.opentvs.departure.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import org.opentvs.departure.entity.Confirmation;
import org.opentvs.departure.entity.SelfReportFacts;
import org.opentvs.departure.entity.SelfReportRequest;
import org.opentvs.platform.control.CurrentConnection;

/** Writes one self-report row, a departure or a refusal, in the current transaction. */
@Dependent
public class SelfReportRows {

    private static final String INSERT = "insert into self_report (id, outcome, refusal, http_status, client_id, request_id, kind,"
            + " port, port_location, identity_id, family_name, given_names, date_of_birth, nationality, document_number, document_country,"
            + " confirmation, confidence, face_score, algorithm, algorithm_version, latitude, longitude, accuracy_m, port_distance_m,"
            + " border_distance_m, liveness_passed, liveness_score, liveness_method, vehicle_plate, vehicle_region, bus_operator, bus_route,"
            + " tail_number, selfie_format, selfie, reported_at, received_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    CurrentConnection connection;

    public void departed(SelfReportFacts f, Confirmation confirmation, double confidence) {
        insert(f, "DEPARTED", null, 201, confirmation, confidence);
    }

    public void refused(SelfReportFacts f, String refusal, int status) {
        insert(f, "REFUSED", refusal, status, null, null);
    }

    private void insert(SelfReportFacts f, String outcome, String refusal, int status, Confirmation confirmation, Double confidence) {
        SelfReportRequest r = f.request;
        try (PreparedStatement ps = connection.get().prepareStatement(INSERT)) {
            int i = 1;
            ps.setObject(i++, f.id);
            ps.setString(i++, outcome);
            ps.setString(i++, refusal);
            ps.setShort(i++, (short) status);
            ps.setString(i++, f.clientId);
            ps.setString(i++, r.requestId());
            ps.setString(i++, r.kind().name());
            ps.setString(i++, f.port());
            ps.setString(i++, f.position == null || f.position.port() == null ? null : f.position.port().code());
            ps.setObject(i++, f.person == null ? null : f.person.identityId());
            ps.setString(i++, f.person == null ? null : f.person.familyName());
            ps.setString(i++, f.person == null ? null : f.person.givenNames());
            ps.setObject(i++, f.person == null ? null : f.person.dateOfBirth(), Types.DATE);
            ps.setString(i++, f.person == null ? null : f.person.nationality());
            ps.setString(i++, r.documentNumber());
            ps.setString(i++, r.documentCountry());
            ps.setString(i++, confirmation == null ? null : confirmation.name());
            setDouble(ps, i++, confidence);
            setDouble(ps, i++, f.face == null ? null : f.face.score());
            ps.setString(i++, f.face == null ? null : f.face.algorithm());
            ps.setString(i++, f.face == null ? null : f.face.version());
            ps.setDouble(i++, r.position().latitude());
            ps.setDouble(i++, r.position().longitude());
            ps.setDouble(i++, r.accuracyMeters());
            setDouble(ps, i++, f.position == null ? null : finite(f.position.portDistanceMeters()));
            setDouble(ps, i++, f.position == null ? null : finite(f.position.borderDistanceMeters()));
            SelfReportRequest.Liveness l = r.liveness();
            ps.setObject(i++, l == null ? null : l.passed(), Types.BOOLEAN);
            setDouble(ps, i++, l == null ? null : l.score());
            ps.setString(i++, l == null ? null : l.method());
            SelfReportRequest.Conveyance c = r.conveyance();
            ps.setString(i++, c.plate());
            ps.setString(i++, c.region());
            ps.setString(i++, c.busOperator());
            ps.setString(i++, c.busRoute());
            ps.setString(i++, c.tailNumber());
            ps.setString(i++, f.sealedSelfie == null ? null : f.selfieFormat);
            ps.setBytes(i++, f.sealedSelfie);
            ps.setTimestamp(i++, Timestamp.from(r.reportedAt()));
            ps.setTimestamp(i, Timestamp.from(f.receivedAt));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("self-report not recorded", e);
        }
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(i, v);
        }
    }
}

package org.opentvs.reconciliation.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.opentvs.platform.control.CurrentConnection;
import org.opentvs.reconciliation.entity.Admission;

/** Stores admissions from the arrival feed; an admission whose id is known is not stored twice. */
@Dependent
public class FedAdmissions {

    private static final String INSERT = "insert into admission (id, identity_id, crossing_id, family_name, given_names, date_of_birth,"
            + " sex, nationality, document_number, document_country, class_of_admission, port, admitted_at, admit_until, source,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'FEED', ?) on conflict (id) do nothing";

    @Inject
    CurrentConnection connection;

    /** Stores the admissions new to us, recorded at {@code now}; returns how many were new. */
    public int store(List<Admission> admissions, Instant now) throws SQLException {
        int stored = 0;
        try (PreparedStatement ps = connection.get().prepareStatement(INSERT)) {
            Timestamp recorded = Timestamp.from(now);
            for (Admission a : admissions) {
                int i = 1;
                ps.setObject(i++, a.id());
                ps.setObject(i++, a.identityId());
                ps.setObject(i++, a.crossingId());
                ps.setString(i++, a.person().familyName());
                ps.setString(i++, a.person().givenNames());
                ps.setDate(i++, Date.valueOf(a.person().dateOfBirth()));
                ps.setString(i++, a.sex());
                ps.setString(i++, a.person().nationality());
                ps.setString(i++, a.person().documentNumber());
                ps.setString(i++, a.person().documentCountry());
                ps.setString(i++, a.classOfAdmission());
                ps.setString(i++, a.port());
                ps.setTimestamp(i++, Timestamp.from(a.admittedAt()));
                ps.setDate(i++, a.admitUntil() == null ? null : Date.valueOf(a.admitUntil()));
                ps.setTimestamp(i, recorded);
                stored += ps.executeUpdate();
            }
        }
        return stored;
    }
}

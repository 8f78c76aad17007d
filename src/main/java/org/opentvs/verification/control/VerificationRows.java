package org.opentvs.verification.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.opentvs.crossing.control.CrossingRegistration;
import org.opentvs.crossing.entity.BiometricConfirmation;
import org.opentvs.verification.entity.Verification;

/**
 * Writes a group of verifications on one connection, in the caller's transaction: all rows in one
 * {@code INSERT … SELECT FROM unnest(…)} keyed by the verification id ({@code ON CONFLICT DO
 * NOTHING}), then the sealed captures (one batch) and the crossings of the rows that were new (one
 * statement, their exports one batch). A group written
 * twice (a replay after a crash, a commit whose answer was lost) therefore adds nothing the second
 * time.
 */
public final class VerificationRows {

    static final String INSERT = "insert into verification (" + String.join(", ", Verification.COLUMNS) + ") select "
            + IntStream.range(0, Verification.COLUMNS.size()).mapToObj(i -> "u.c" + i + "::" + Verification.TYPES.get(i))
                    .collect(Collectors.joining(", "))
            + " from unnest(" + IntStream.range(0, Verification.COLUMNS.size()).mapToObj(i -> "?::text[]").collect(Collectors.joining(", "))
            + ") as u(" + IntStream.range(0, Verification.COLUMNS.size()).mapToObj(i -> "c" + i).collect(Collectors.joining(", "))
            + ") on conflict (id) do nothing returning id";

    private static final String CAPTURE = "insert into live_capture (verification_id, captured_at, algorithm, sealed)"
            + " values (?, ?, ?, ?) on conflict (verification_id) do nothing";

    private VerificationRows() {
    }

    /** @return the verifications of the group that were not in the table before */
    public static Set<UUID> write(Connection con, List<PendingVerification> group, CrossingRegistration crossings) throws SQLException {
        Set<UUID> inserted = new HashSet<>();
        int columns = Verification.COLUMNS.size();
        try (PreparedStatement ps = con.prepareStatement(INSERT)) {
            List<Array> arrays = new ArrayList<>(columns);
            for (int c = 0; c < columns; c++) {
                Object[] values = new Object[group.size()];
                for (int r = 0; r < group.size(); r++) {
                    values[r] = group.get(r).row()[c];
                }
                Array a = con.createArrayOf("text", values);
                arrays.add(a);
                ps.setArray(c + 1, a);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getObject(1, UUID.class));
                }
            }
            for (Array a : arrays) {
                a.free();
            }
        }
        if (inserted.isEmpty()) {
            return inserted;
        }
        boolean captures = false;
        try (PreparedStatement ps = con.prepareStatement(CAPTURE)) {
            for (PendingVerification p : group) {
                if (p.sealed() != null && inserted.contains(p.id())) {
                    ps.setObject(1, p.id());
                    ps.setTimestamp(2, Timestamp.from(p.at()));
                    ps.setString(3, p.captureAlgorithm());
                    ps.setBytes(4, p.sealed());
                    ps.addBatch();
                    captures = true;
                }
            }
            if (captures) {
                ps.executeBatch();
            }
        }
        List<BiometricConfirmation> confirmations = new ArrayList<>();
        for (PendingVerification p : group) {
            BiometricConfirmation crossing = p.crossing();
            if (crossing != null && inserted.contains(p.id())) {
                confirmations.add(crossing);
            }
        }
        if (!confirmations.isEmpty()) {
            crossings.biometric(con, confirmations);
        }
        return inserted;
    }
}

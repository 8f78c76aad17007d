package org.opentvs.verification.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.opentvs.crossing.entity.BiometricConfirmation;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Instruction;
import org.opentvs.verification.entity.Touchpoint;
import org.opentvs.verification.entity.Verification;
import org.opentvs.verification.entity.VerificationRecorded;

/**
 * Everything one answered capture writes: the verification row (text values in the order of
 * {@link Verification#COLUMNS}), the sealed live capture if one is kept, and the crossing it
 * confirms if any. The same bytes go to PostgreSQL or, while it is unreachable, to the journal;
 * the event and the crossing are rebuilt from the row, so a replay writes what the answer said.
 */
public record PendingVerification(String[] row, String captureAlgorithm, byte[] sealed, String crossingDirection, boolean land) {

    private static final int FORMAT = 1;
    private static final int ID = 0, AT = 1, TOUCHPOINT = 2, PORT = 3, TERMINAL = 4, GATE = 5, LANE = 6, CARRIER = 7,
            FLIGHT_NUMBER = 8, FLIGHT_DATE = 9, GALLERY = 10, DEVICE = 11, PLATE = 15, OCCUPANT = 17, DECISION = 18,
            INSTRUCTION = 19, SCORE = 20, TRAVELER = 23, US_CITIZEN = 24, ATTEMPT = 27, ELAPSED = 28;

    public PendingVerification {
        if (row.length != Verification.COLUMNS.size()) {
            throw new IllegalArgumentException("a verification row has " + Verification.COLUMNS.size() + " values");
        }
    }

    public UUID id() {
        return UUID.fromString(row[ID]);
    }

    public Instant at() {
        return Instant.parse(row[AT]);
    }

    /** The committed verification as the other contexts see it. */
    public VerificationRecorded event() {
        return new VerificationRecorded(id(), at(), Touchpoint.valueOf(row[TOUCHPOINT]), row[PORT], row[TERMINAL], row[GATE],
                row[LANE], row[CARRIER], row[FLIGHT_NUMBER], row[FLIGHT_DATE] == null ? null : LocalDate.parse(row[FLIGHT_DATE]),
                row[PLATE], row[OCCUPANT] == null ? null : Integer.valueOf(row[OCCUPANT]), uuid(row[GALLERY]), row[DEVICE],
                Decision.valueOf(row[DECISION]), Instruction.valueOf(row[INSTRUCTION]),
                row[SCORE] == null ? null : Float.valueOf(row[SCORE]), uuid(row[TRAVELER]), Boolean.parseBoolean(row[US_CITIZEN]),
                Integer.parseInt(row[ATTEMPT]));
    }

    /** The crossing this match confirms, or null. */
    public BiometricConfirmation crossing() {
        if (crossingDirection == null) {
            return null;
        }
        UUID who = uuid(row[TRAVELER]);
        return new BiometricConfirmation(land ? null : who, land ? who : null, crossingDirection, id(), row[TOUCHPOINT], row[PORT],
                row[DEVICE], uuid(row[GALLERY]), Float.parseFloat(row[SCORE]), at(), Integer.parseInt(row[ELAPSED]));
    }

    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512 + (sealed == null ? 0 : sealed.length));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeShort(row.length);
            for (String value : row) {
                writeNullable(out, value);
            }
            writeNullable(out, captureAlgorithm);
            out.writeInt(sealed == null ? -1 : sealed.length);
            if (sealed != null) {
                out.write(sealed);
            }
            writeNullable(out, crossingDirection);
            out.writeBoolean(land);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static PendingVerification fromBytes(byte[] payload) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
            int format = in.readUnsignedByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("unknown journal entry format " + format);
            }
            int n = in.readUnsignedShort();
            if (n != Verification.COLUMNS.size()) {
                throw new IllegalArgumentException("journal entry has " + n + " columns");
            }
            String[] row = new String[n];
            for (int i = 0; i < n; i++) {
                row[i] = readNullable(in);
            }
            String algorithm = readNullable(in);
            int length = in.readInt();
            byte[] sealed = null;
            if (length >= 0) {
                sealed = new byte[length];
                in.readFully(sealed);
            }
            String direction = readNullable(in);
            boolean land = in.readBoolean();
            return new PendingVerification(row, algorithm, sealed, direction, land);
        } catch (IOException e) {
            throw new IllegalArgumentException("journal entry cannot be read", e);
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static UUID uuid(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}

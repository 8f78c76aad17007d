package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.opentvs.reconciliation.control.ExchangePartners;
import org.opentvs.reconciliation.control.InboundFile;

/**
 * Step {@code receive} of {@code partner-exchange}: the partner's files in its inbound directory, in
 * name order, one per chunk. A file whose outcome is already recorded (imported content, or this
 * file quarantined) is only moved where it belongs: after each chunk commits, the next read moves the
 * file it handled ({@code done/} or {@code quarantine/}), so a crash between the commit and the move
 * neither imports a file twice nor loses it. The directory and the table are the checkpoint.
 */
@Dependent
@Named("inboundFileReader")
public class InboundFileReader extends AbstractItemReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    @BatchProperty
    String partner;

    @Inject
    @BatchProperty
    String pauseMillis;

    private List<Path> files = List.of();
    private int next;
    private InboundFile pending;
    private long maxBytes;
    private String last;

    @Override
    public void open(Serializable checkpoint) throws IOException {
        Optional<Path> inbound = partner == null || partner.isBlank()
                ? Optional.empty()
                : ExchangePartners.find(partner).flatMap(ExchangePartners.Partner::inbound);
        files = inbound.isPresent() ? InboundFile.list(inbound.get()) : List.of();
        maxBytes = ExchangePartners.limits().maxFileBytes();
        last = checkpoint == null ? null : (String) checkpoint;
    }

    @Override
    public Object readItem() throws Exception {
        if (pending != null) {
            settle(pending.path(), pending.name(), pending.sha256());
            pending = null;
        }
        while (next < files.size()) {
            Path path = files.get(next++);
            if (!Files.exists(path)) {
                continue;
            }
            long pause = pause(pauseMillis);
            if (pause > 0) {
                Thread.sleep(pause);
            }
            InboundFile file = InboundFile.read(path, maxBytes);
            if (settle(path, file.name(), file.sha256())) {
                continue;
            }
            pending = file;
            last = file.name();
            return file;
        }
        return null;
    }

    /** Moves a file whose outcome is recorded; whether it was. */
    private boolean settle(Path path, String name, String sha256) throws IOException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em
                .createNativeQuery("select status, error from partner_exchange_file where partner = ? and direction = 'INBOUND'"
                        + " and ((status = 'IMPORTED' and sha256 = ?) or (status = 'QUARANTINED' and file_name = ? and sha256 is not distinct from ?))"
                        + " order by case status when 'IMPORTED' then 0 else 1 end, created_at desc limit 1")
                .setParameter(1, partner).setParameter(2, sha256).setParameter(3, name).setParameter(4, sha256).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        if ("IMPORTED".equals(rows.get(0)[0])) {
            InboundFile.done(path);
        } else {
            InboundFile.quarantine(path, String.valueOf(rows.get(0)[1]));
        }
        return true;
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }

    static long pause(String millis) {
        try {
            return millis == null || millis.isBlank() ? 0 : Math.max(0, Math.min(60_000, Long.parseLong(millis.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("job parameter pauseMillis must be a number");
        }
    }
}

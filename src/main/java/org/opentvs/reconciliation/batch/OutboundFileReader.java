package org.opentvs.reconciliation.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;

/**
 * Step {@code write} of {@code partner-exchange}: the partner's outbound files still {@code PREPARED}
 * (this run's, or an earlier run's that stopped before writing them), oldest first, one per chunk.
 * The checkpoint is the last file written; the file's status is what a restart goes by.
 */
@Dependent
@Named("outboundFileReader")
public class OutboundFileReader extends AbstractItemReader {

    @PersistenceContext
    EntityManager em;

    @Inject
    @BatchProperty
    String partner;

    @Inject
    @BatchProperty
    String pauseMillis;

    private String last;

    @Override
    public void open(Serializable checkpoint) {
        last = checkpoint == null ? null : (String) checkpoint;
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (partner == null || partner.isBlank()) {
            return null;
        }
        long pause = InboundFileReader.pause(pauseMillis);
        if (pause > 0) {
            Thread.sleep(pause);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> next = em.createNativeQuery("select cast(id as varchar), file_name from partner_exchange_file where partner = ?"
                + " and direction = 'OUTBOUND' and status = 'PREPARED' order by created_at, file_name limit 1")
                .setParameter(1, partner).getResultList();
        if (next.isEmpty()) {
            return null;
        }
        last = (String) next.get(0)[1];
        return new String[]{(String) next.get(0)[0], last};
    }

    @Override
    public Serializable checkpointInfo() {
        return last;
    }
}

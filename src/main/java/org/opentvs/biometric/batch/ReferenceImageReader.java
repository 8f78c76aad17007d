package org.opentvs.biometric.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.opentvs.biometric.control.FaceEngines;

/**
 * Reads the ids of reference faces that have an image, in id order after the checkpoint (the last
 * face of the last committed chunk). Refuses to start without a face engine for images.
 */
@Named("referenceImageReader")
@Dependent
public class ReferenceImageReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    FaceEngines engines;

    @Inject
    @BatchProperty
    String pauseMillis;

    private final Deque<UUID> page = new ArrayDeque<>();
    private UUID after;
    private UUID last;
    private long pause;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        if (engines.forImages().isEmpty()) {
            throw new IllegalStateException("re-enrol needs a face engine for images; none is installed");
        }
        pause = pauseMillis == null || pauseMillis.isBlank() ? 0 : Math.max(0, Long.parseLong(pauseMillis.trim()));
        after = checkpoint == null ? null : UUID.fromString((String) checkpoint);
        last = after;
    }

    @Override
    public Object readItem() throws InterruptedException {
        if (page.isEmpty() && !exhausted) {
            fill();
        }
        UUID next = page.poll();
        if (next != null) {
            last = next;
        }
        return next;
    }

    @SuppressWarnings("unchecked")
    private void fill() throws InterruptedException {
        if (pause > 0 && after != null) {
            Thread.sleep(pause);
        }
        List<UUID> ids = after == null
                ? em.createNativeQuery("select id from holding_face where image is not null order by id limit " + PAGE).getResultList()
                : em.createNativeQuery("select id from holding_face where image is not null and id > ?1 order by id limit " + PAGE)
                        .setParameter(1, after).getResultList();
        page.addAll(ids);
        exhausted = ids.size() < PAGE;
        if (!ids.isEmpty()) {
            after = ids.get(ids.size() - 1);
        }
    }

    @Override
    public Serializable checkpointInfo() {
        return last == null ? null : last.toString();
    }
}

package org.opentvs.biometric.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.opentvs.biometric.control.CosineTemplate;
import org.opentvs.biometric.control.FaceEngine;
import org.opentvs.biometric.control.FaceEngines;
import org.opentvs.biometric.control.FaceExtraction;
import org.opentvs.biometric.control.ImageProbe;
import org.opentvs.operations.control.JobSummary;
import org.opentvs.platform.control.DataCipher;
import org.opentvs.platform.control.Refusal;

/**
 * Opens a reference image and extracts its template with the engine in use; an image without one
 * usable face is counted under "unusable" and left as it is (filtered out of the chunk).
 */
@Named("reEnrolProcessor")
@Dependent
public class ReEnrolProcessor implements ItemProcessor {

    @PersistenceContext
    EntityManager em;

    @Inject
    FaceEngines engines;

    @Inject
    FaceExtraction extraction;

    @Inject
    DataCipher cipher;

    @Inject
    JobSummary summary;

    @Inject
    JobContext job;

    @Override
    public Object processItem(Object item) {
        UUID faceId = (UUID) item;
        FaceEngine engine = engines.forImages().orElseThrow(() -> new IllegalStateException("no face engine for images"));
        List<?> rows = em.createNativeQuery("select image_format, image from holding_face where id = ?1").setParameter(1, faceId)
                .getResultList();
        if (rows.isEmpty()) {
            return null; // deleted meanwhile (retention)
        }
        Object[] row = (Object[]) rows.get(0);
        try {
            ImageProbe probe = extraction.probes(engine, (String) row[0], cipher.decrypt((byte[]) row[1]), false).get(0);
            if (probe.usable()) {
                CosineTemplate template = CosineTemplate.of(probe.template());
                return new ReEnrolled(faceId, probe.algorithm(), probe.version(), template.dimension(), cipher.encrypt(template.encode()));
            }
        } catch (Refusal undecodable) {
            // an image enrolled before the current limits: counted, left as it is
        }
        summary.add(job.getExecutionId(), "unusable", 1);
        return null;
    }
}

package org.opentvs.manifest.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opentvs.crossing.boundary.DepartureConfirmation;
import org.opentvs.gallery.boundary.GalleryBuilding;
import org.opentvs.gallery.entity.GalleryRequest;
import org.opentvs.manifest.control.ManifestReceipt;
import org.opentvs.manifest.control.ManifestReceipts;
import org.opentvs.manifest.entity.RawMessage;
import org.opentvs.manifest.entity.Submission;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.platform.control.TransientFailure;

/**
 * The one use case every channel calls: archive the bytes, ingest them, rebuild the affected
 * galleries, answer with a receipt. Each step commits on its own, so nothing received is ever lost.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ManifestReception {

    private static final Logger LOG = Logger.getLogger(ManifestReception.class.getName());
    private static final int ATTEMPTS = 3;

    @Inject
    ManifestArchive archive;

    @Inject
    ManifestIngestion ingestion;

    @Inject
    GalleryBuilding galleries;

    @Inject
    ManifestReceipts receipts;

    @Inject
    DepartureConfirmation departures;

    /** @return the receipt; throws {@link ApiException} 422 (quarantined) or 403 (out of scope) */
    public ManifestReceipt receive(Submission submission) {
        if (submission.body().length == 0) {
            throw ApiException.badRequest("The body is empty: send one PAXLST interchange or message");
        }
        RawMessage raw = archive.archive(submission);
        return process(raw.id(), submission);
    }

    /** Runs a quarantined message again (after a fix); the old record keeps its error and points to the new one. */
    public ManifestReceipt reprocess(UUID quarantinedId, Submission submission) {
        RawMessage raw = archive.archive(submission);
        ManifestReceipt receipt = process(raw.id(), submission);
        archive.reprocessed(quarantinedId, raw.id());
        return receipt;
    }

    private ManifestReceipt process(UUID rawId, Submission submission) {
        long started = System.nanoTime();
        ManifestIngestion.Ingested ingested = ingest(rawId, submission);
        if (ingested.duplicateOf().isPresent()) {
            return receipts.duplicate(ingested.duplicateOf().get(), rawId);
        }
        long recorded = System.nanoTime();
        for (GalleryRequest request : ingested.galleries()) {
            rebuild(request);
            if (request.closed()) {
                departures.confirmClosedFlight(request.flightId());
            }
        }
        long built = System.nanoTime();
        ManifestReceipt.Timing timing = ManifestReceipt.Timing.of(ingested.parseMicros() / 1000.0,
                (recorded - started) / 1e6 - ingested.parseMicros() / 1000.0, (built - recorded) / 1e6);
        return receipts.accepted(rawId, ingested.manifestIds(), ingested.warnings()).withTiming(timing);
    }

    /**
     * Ingests with up to {@value #ATTEMPTS} attempts when the database reports a deadlock or a
     * serialization failure; whatever else fails, the message is quarantined with its reason.
     */
    private ManifestIngestion.Ingested ingest(UUID rawId, Submission submission) {
        for (int attempt = 1;; attempt++) {
            try {
                return ingestion.ingest(rawId, submission.body(), submission.caller());
            } catch (ManifestRejected e) {
                archive.quarantine(rawId, e.code(), e.getMessage(), e.segment(), e.segmentNumber());
                throw new ApiException(422, ManifestRejected.INVALID, e.getMessage(), Map.of("reason", e.code(),
                        "segment", e.segment() == null ? "" : e.segment(), "segmentNumber", e.segmentNumber(),
                        "quarantineId", rawId.toString()));
            } catch (ScopeRefused e) {
                archive.refuse(rawId, e.carrier(), e.getMessage());
                throw ApiException.forbidden(e.getMessage());
            } catch (ApiException e) {
                archive.quarantine(rawId, e.code(), e.getMessage(), null, null);
                throw e;
            } catch (RuntimeException e) {
                if (attempt < ATTEMPTS && TransientFailure.is(e)) {
                    int next = attempt + 1;
                    LOG.info(() -> "Message " + rawId + " met a deadlock or serialization failure; attempt " + next);
                    continue;
                }
                throw quarantinedFault(rawId, e);
            }
        }
    }

    private ApiException quarantinedFault(UUID rawId, RuntimeException e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Message " + rawId + " failed unexpectedly (incident " + incident + "); it is quarantined", e);
        archive.quarantine(rawId, "PROCESSING_FAILED", "Unexpected fault while applying the message; incident " + incident, null, null);
        return new ApiException(500, "INTERNAL_ERROR", "Unexpected fault; the message is kept in quarantine, incident " + incident
                + " is logged", Map.of("quarantineId", rawId.toString()));
    }

    private void rebuild(GalleryRequest request) {
        try {
            galleries.rebuild(request);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Gallery of flight " + request.flightDesignator() + " could not be rebuilt; the manifest is kept", e);
        }
    }
}

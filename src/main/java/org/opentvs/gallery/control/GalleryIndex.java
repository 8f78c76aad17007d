package org.opentvs.gallery.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The galleries ready for search, in memory. A rebuilt gallery replaces the old one atomically once
 * its transaction has committed; a closed one leaves.
 */
@ApplicationScoped
public class GalleryIndex {

    public record Closed(UUID galleryId) {
    }

    private final Map<UUID, LoadedGallery> byId = new ConcurrentHashMap<>();
    private final Map<String, UUID> byKey = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** Before any other observer of the commit (alerting's gallery screening reads the gallery from here). */
    void onBuilt(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(1000) LoadedGallery gallery) {
        put(gallery);
    }

    void onClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(1000) Closed closed) {
        remove(closed.galleryId());
    }

    public void remove(UUID galleryId) {
        LoadedGallery removed = byId.remove(galleryId);
        if (removed != null) {
            byKey.remove(removed.lookupKey(), removed.id());
        }
    }

    public void put(LoadedGallery gallery) {
        byId.put(gallery.id(), gallery);
        byKey.put(gallery.lookupKey(), gallery.id());
    }

    public Optional<LoadedGallery> byId(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<LoadedGallery> byFlight(String carrier, String number, LocalDate date) {
        UUID id = byKey.get(LoadedGallery.flightKey(carrier, number, date));
        return id == null ? Optional.empty() : byId(id);
    }

    public Optional<LoadedGallery> byPort(String port) {
        UUID id = byKey.get(LoadedGallery.portKey(port));
        return id == null ? Optional.empty() : byId(id);
    }

    public int size() {
        return byId.size();
    }

    public void markLoaded() {
        loaded = true;
    }

    public boolean loaded() {
        return loaded;
    }
}

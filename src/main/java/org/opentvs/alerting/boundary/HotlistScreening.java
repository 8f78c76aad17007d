package org.opentvs.alerting.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.opentvs.alerting.control.Alerts;
import org.opentvs.alerting.control.BiographicHit;
import org.opentvs.alerting.control.BiographicIndex;
import org.opentvs.alerting.control.FaceScreening;
import org.opentvs.alerting.control.HotlistCandidate;
import org.opentvs.alerting.control.HotlistRecords;
import org.opentvs.alerting.control.ScreenedPeople;
import org.opentvs.alerting.control.ScreenedPerson;
import org.opentvs.alerting.control.ScreeningPolicy;
import org.opentvs.alerting.control.WatchlistIndex;
import org.opentvs.alerting.entity.AlertKind;
import org.opentvs.alerting.entity.AlertLocation;
import org.opentvs.alerting.entity.AlertRaised;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.alerting.entity.HotlistChanged;
import org.opentvs.alerting.entity.HotlistEntry;
import org.opentvs.gallery.control.GallerySummaries;
import org.opentvs.gallery.control.LoadedGallery;
import org.opentvs.manifest.control.FlightPlaces.FlightPlace;
import org.opentvs.platform.control.Json;

/**
 * Builds the PAU hotlist: screens a flight's travelers biographically and for a lawful arrival,
 * a gallery biometrically, and a new watch-list entry against open flights and loaded galleries.
 * New hits are pending; a new hit of a high-priority category alerts the departure port at once.
 */
@Stateless
public class HotlistScreening {

    private static final Logger LOG = Logger.getLogger(HotlistScreening.class.getName());

    @Inject
    WatchlistIndex watchlist;

    @Inject
    ScreenedPeople people;

    @Inject
    HotlistRecords records;

    @Inject
    FaceScreening faces;

    @Inject
    ScreeningPolicy policy;

    @Inject
    Alerts alerts;

    @Inject
    Event<HotlistChanged> changed;

    @Inject
    Event<AlertRaised> raised;

    @Inject
    GallerySummaries ready;

    @Inject
    org.opentvs.gallery.control.GalleryIndex loaded;

    public int screenFlight(UUID flightId) {
        FlightPlace flight = people.flight(flightId);
        if (flight == null) {
            return 0;
        }
        List<HotlistCandidate> candidates = biographic(watchlist.biographic(), people.ofFlight(flightId), flightId);
        if (policy.probableEwi()) {
            String agreement = Json.createObjectBuilder().add("lawfulArrival", "NONE_ON_RECORD").build().toString();
            for (UUID traveler : records.withoutLawfulArrival(flightId)) {
                candidates.add(new HotlistCandidate(HotlistEntry.PROBABLE_EWI, null, traveler, "TRAVELER", flightId,
                        HotlistEntry.PROBABLE_EWI, "NO_ARRIVAL", policy.highPriority(HotlistEntry.PROBABLE_EWI), null, null, agreement));
            }
        }
        return record(candidates, null);
    }

    /** Every face on the watch list searched in the gallery (the flight's, sailing's or land port's). */
    public int screenGallery(LoadedGallery gallery) {
        return record(faces.screen(gallery, watchlist.faces()), gallery.port());
    }

    /**
     * A new or changed entry against every open flight and every loaded gallery: its names and
     * documents against the travelers, its faces against the galleries; after a change, the hits on
     * open flights the new content no longer produces are withdrawn. The entry is read again from the database first,
     * so the screening sees it whatever order the commit callbacks ran in.
     */
    public int screenEntry(UUID entryId, int version) {
        watchlist.refresh(entryId);
        // the galleries are looked up after the entry is in memory: a gallery that becomes ready meanwhile
        // is in memory before its own screening reads the listed faces, so one of the two sees the other
        List<LoadedGallery> galleries = ready.readyIds().stream().map(loaded::byId).flatMap(java.util.Optional::stream).toList();
        var one = watchlist.biographic().only(entryId);
        List<HotlistCandidate> candidates = one.size() == 0 ? new ArrayList<>() : biographic(one, people.ofOpenFlights(), null);
        var listed = watchlist.faces().stream().filter(f -> f.entryId().equals(entryId)).toList();
        int found = 0;
        for (LoadedGallery g : listed.isEmpty() ? List.<LoadedGallery>of() : galleries) {
            List<HotlistCandidate> hits = faces.screen(g, listed);
            if (g.port() != null) {
                found += record(hits, g.port()); // a land port's identities: alerts go to that port
            } else {
                candidates.addAll(hits);
            }
        }
        found += record(candidates, null);
        if (version > 0) {
            List<HotlistChanged.Change> withdrawn = new ArrayList<>();
            for (Object[] r : records.withdrawStale(entryId, version)) {
                withdrawn.add(new HotlistChanged.Change(UUID.fromString((String) r[0]), UUID.fromString((String) r[1]), false));
            }
            if (!withdrawn.isEmpty()) {
                changed.fire(new HotlistChanged(withdrawn));
                LOG.info(() -> withdrawn.size() + " hotlist candidate(s) of changed watch-list entry " + entryId + " withdrawn");
            }
        }
        return found;
    }

    private List<HotlistCandidate> biographic(BiographicIndex index, List<ScreenedPerson> travelers, UUID flightId) {
        List<HotlistCandidate> candidates = new ArrayList<>();
        for (ScreenedPerson t : travelers) {
            for (BiographicHit hit : index.screen(t)) {
                candidates.add(new HotlistCandidate(HotlistEntry.WATCHLIST, hit.entry().id(), t.id(), "TRAVELER",
                        flightId != null ? flightId : people.flightOf(t.id()), hit.entry().category(), hit.basis(),
                        policy.highPriority(hit.entry().category()), hit.nameScore(), null, hit.agreement().build().toString(),
                        hit.entry().version()));
            }
        }
        return candidates;
    }

    /** Records the candidates in the unique index's order (see {@link HotlistRecords#RECORDING_ORDER}); new high-priority hits alert at once. */
    private int record(List<HotlistCandidate> found, String port) {
        List<HotlistCandidate> candidates = new ArrayList<>(found);
        candidates.sort(HotlistRecords.RECORDING_ORDER);
        java.util.Map<UUID, java.util.Optional<FlightPlace>> flights = new java.util.HashMap<>();
        List<HotlistChanged.Change> changes = new ArrayList<>();
        List<AlertRow> immediate = new ArrayList<>();
        int created = 0;
        for (HotlistCandidate c : candidates) {
            HotlistRecords.Recorded r = records.record(c);
            if (r == null || !r.created()) {
                continue;
            }
            created++;
            changes.add(new HotlistChanged.Change(r.id(), c.subjectId(), c.highPriority()));
            if (c.highPriority()) {
                FlightPlace flight = c.flightId() == null
                        ? null
                        : flights.computeIfAbsent(c.flightId(), id -> java.util.Optional.ofNullable(people.flight(id))).orElse(null);
                AlertLocation where = flight == null
                        ? new AlertLocation(port, null, null, null, null, null, null, null, null, null, null)
                        : new AlertLocation(flight.departureAirport(), null, null, null, null, null, flight.carrier(), flight.number(),
                                flight.date(), null, null);
                AlertKind kind = HotlistEntry.PROBABLE_EWI.equals(c.kind()) ? AlertKind.PROBABLE_EWI : AlertKind.WATCHLIST_HIT;
                immediate.add(alerts.raise(kind, where, c.subjectId(), r.id(), c.category(), null, c.biometricScore(), c.agreement()));
            }
        }
        if (!changes.isEmpty()) {
            changed.fire(new HotlistChanged(changes));
        }
        if (!immediate.isEmpty()) {
            raised.fire(new AlertRaised(immediate));
        }
        int n = created;
        if (n > 0) {
            LOG.info(() -> n + " new hotlist candidate(s), " + immediate.size() + " high-priority alert(s)");
        }
        return n;
    }
}

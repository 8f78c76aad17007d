package org.opentvs.alerting.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.opentvs.alerting.entity.WatchlistEntry;

/** What the feed is told of an entry it listed or changed: its id, category and (after a change) version. */
@JsonbPropertyOrder({"id", "category", "version"})
public record WatchlistEntryReply(String id, String category, Long version) {

    static WatchlistEntryReply listed(WatchlistEntry entry) {
        return new WatchlistEntryReply(entry.id().toString(), entry.category(), null);
    }

    static WatchlistEntryReply changed(WatchlistEntry entry) {
        return new WatchlistEntryReply(entry.id().toString(), entry.category(), (long) entry.version());
    }
}

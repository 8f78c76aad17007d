package org.opentvs.alerting.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A candidate hit on the PAU hotlist (written by screening, see {@code HotlistRecords}); an analyst
 * validates or dismisses it with a reason. Validated entries, and pending ones of a high-priority
 * category, notify officers when their subject is verified at a touchpoint.
 */
@Entity
@Table(name = "hotlist_entry")
public class HotlistEntry {

    public static final String WATCHLIST = "WATCHLIST";
    public static final String PROBABLE_EWI = "PROBABLE_EWI";

    @Id
    private UUID id;

    @Column(nullable = false)
    private String kind;

    @Column(name = "watchlist_entry_id")
    private UUID watchlistEntryId;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "flight_id")
    private UUID flightId;

    @Column(nullable = false)
    private String category;

    @Column(name = "high_priority", nullable = false)
    private boolean highPriority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HotlistStatus status;

    private String reason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected HotlistEntry() {
    }

    public void validate(String reason, String by, Instant at) {
        decide(HotlistStatus.VALIDATED, reason, by, at);
    }

    public void dismiss(String reason, String by, Instant at) {
        decide(HotlistStatus.DISMISSED, reason, by, at);
    }

    private void decide(HotlistStatus decision, String why, String by, Instant at) {
        if (status == HotlistStatus.WITHDRAWN) {
            throw new IllegalStateException("the watch-list entry behind this hit was removed");
        }
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a decision needs a reason");
        }
        this.status = decision;
        this.reason = why;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    /** Whether a verification of the subject notifies officers. */
    public boolean actionable() {
        return status == HotlistStatus.VALIDATED || (status == HotlistStatus.PENDING && highPriority);
    }

    public UUID id() { return id; }
    public String kind() { return kind; }
    public UUID watchlistEntryId() { return watchlistEntryId; }
    public UUID subjectId() { return subjectId; }
    public UUID flightId() { return flightId; }
    public String category() { return category; }
    public boolean highPriority() { return highPriority; }
    public HotlistStatus status() { return status; }
}

package org.opentvs.security.entity;

import java.util.Set;

/** The roles of API.md. */
public final class Role {

    public static final String ADMIN = "admin";
    public static final String MANIFEST_SUBMITTER = "manifest-submitter";
    public static final String CAPTURE_DEVICE = "capture-device";
    public static final String HOLDINGS_FEED = "holdings-feed";
    public static final String WATCHLIST_FEED = "watchlist-feed";
    public static final String OFFICER = "officer";
    public static final String PAU_ANALYST = "pau-analyst";
    public static final String PROGRAM_MANAGER = "program-manager";
    public static final String BATCH_OPERATOR = "batch-operator";
    public static final String AUDITOR = "auditor";
    /** The vendor's mobile app or kiosk a traveler self-reports with and asks about a stay (one client per app key or device). */
    public static final String TRAVELER_APP = "traveler-app";
    /** A partner agency (border service of another country) querying under its agreement. */
    public static final String PARTNER = "partner";

    public static final Set<String> ALL = Set.of(ADMIN, MANIFEST_SUBMITTER, CAPTURE_DEVICE, HOLDINGS_FEED,
            WATCHLIST_FEED, OFFICER, PAU_ANALYST, PROGRAM_MANAGER, BATCH_OPERATOR, AUDITOR,
            TRAVELER_APP, PARTNER);

    private Role() {
    }
}

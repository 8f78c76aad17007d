package org.opentvs.alerting.entity;

/** What an officer is told about: a watch-list hit, a probable entry without inspection, a no-match at a touchpoint. */
public enum AlertKind {
    WATCHLIST_HIT, PROBABLE_EWI, NO_MATCH
}

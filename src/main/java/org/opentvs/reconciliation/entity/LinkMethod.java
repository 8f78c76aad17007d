package org.opentvs.reconciliation.entity;

/** How an arrival was linked to its departure. */
public enum LinkMethod {
    EXACT_DOCUMENT, EXACT_IDENTITY, FUZZY, REVIEWED
}

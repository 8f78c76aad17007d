package org.opentvs.manifest.entity;

/** Seen from the United States: leaving, arriving, or passing through. */
public enum Direction { OUTBOUND, INBOUND, TRANSIT }

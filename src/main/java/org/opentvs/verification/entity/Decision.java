package org.opentvs.verification.entity;

public enum Decision { MATCH, NO_MATCH, CAPTURE_FAILED }

package org.opentvs.manifest.entity;

public enum FlightStatus { OPEN, CLOSED }

package org.opentvs.manifest.entity;

/** Role of a traveler, taken from the NAD qualifier: FL/DDU passenger, FM/DDT crew. */
public enum TravelerRole {
    PASSENGER, CREW
}

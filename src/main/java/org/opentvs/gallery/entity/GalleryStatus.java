package org.opentvs.gallery.entity;

public enum GalleryStatus { BUILDING, READY, CLOSED, PURGED, FAILED }

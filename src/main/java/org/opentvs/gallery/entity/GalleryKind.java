package org.opentvs.gallery.entity;

public enum GalleryKind { FLIGHT, SAILING, LAND_PORT }

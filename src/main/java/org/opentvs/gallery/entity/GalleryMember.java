package org.opentvs.gallery.entity;

import java.util.UUID;

/** Who a gallery row belongs to: the traveler, the reference the carrier sent, and what their match means. */
public record GalleryMember(UUID travelerId, String reference, boolean usCitizen, boolean inScope) {
}

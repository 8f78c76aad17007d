package org.opentvs.gallery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opentvs.gallery.entity.GalleryMember;

/** Rows collected for a gallery before they become one contiguous matrix. */
public final class GalleryRows {

    private final List<GalleryMember> members = new ArrayList<>();
    private final List<float[]> vectors = new ArrayList<>();
    private final List<UUID> faces = new ArrayList<>();

    public void add(GalleryMember member, UUID faceId, float[] vector) {
        members.add(member);
        faces.add(faceId);
        vectors.add(vector);
    }

    public GalleryMatrix<GalleryMember> matrix() {
        return members.isEmpty() ? null : GalleryMatrix.of(members, vectors);
    }

    public List<GalleryMember> members() {
        return members;
    }

    public List<UUID> faces() {
        return faces;
    }

    public int size() {
        return members.size();
    }
}

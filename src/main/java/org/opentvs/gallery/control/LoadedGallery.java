package org.opentvs.gallery.control;

import java.time.LocalDate;
import java.util.UUID;
import org.opentvs.gallery.entity.GalleryKind;
import org.opentvs.gallery.entity.GalleryMember;

/**
 * A gallery as held in memory for 1:N search. {@code matrix} is null when no expected traveler has
 * a reference face yet: every search then ends in a no-match.
 */
public record LoadedGallery(UUID id, GalleryKind kind, String carrier, String number, LocalDate date, String port,
        String algorithm, int expected, GalleryMatrix<GalleryMember> matrix) {

    /** The key a touchpoint finds this gallery by: its flight, or for a land port its port. */
    public String lookupKey() {
        return kind == GalleryKind.LAND_PORT ? portKey(port) : flightKey(carrier, number, date);
    }

    public static String portKey(String port) {
        return "PORT|" + port;
    }

    public static String flightKey(String carrier, String number, LocalDate date) {
        return carrier + "|" + number + "|" + date;
    }

    public int rows() {
        return matrix == null ? 0 : matrix.size();
    }
}

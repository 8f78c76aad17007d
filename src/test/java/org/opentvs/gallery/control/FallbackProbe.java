package org.opentvs.gallery.control;

import java.util.List;

/** Run in a JVM without {@code --add-modules jdk.incubator.vector} by {@link DotKernelsTest}. */
final class FallbackProbe {

    private FallbackProbe() {
    }

    public static void main(String[] args) {
        GalleryMatrix<String> gallery = GalleryMatrix.of(List.of("a", "b"),
                List.of(new float[]{0f, 1f}, new float[]{1f, 0f}));
        SearchHit<String> hit = gallery.best(new float[]{0.6f, 0.8f});
        System.out.println(DotKernels.preferred().getClass().getSimpleName() + " " + hit.row() + " " + hit.member()
                + " " + hit.score());
    }
}

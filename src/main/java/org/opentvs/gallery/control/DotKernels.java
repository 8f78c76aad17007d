package org.opentvs.gallery.control;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Chooses the kernel once per JVM: the Vector API kernel when {@code jdk.incubator.vector} is in the
 * boot layer (JVM option {@code --add-modules jdk.incubator.vector}), the scalar kernel otherwise.
 * {@link VectorDotKernel} is only named by a string here, so this class and {@link GalleryMatrix}
 * load even when the module is absent.
 */
final class DotKernels {

    private static final Logger LOG = Logger.getLogger(DotKernels.class.getName());
    private static final String VECTOR_MODULE = "jdk.incubator.vector";
    private static final String VECTOR_KERNEL = "org.opentvs.gallery.control.VectorDotKernel";
    private static final DotKernel PREFERRED = choose();

    private DotKernels() {
    }

    static DotKernel preferred() {
        return PREFERRED;
    }

    static DotKernel scalar() {
        return new ScalarDotKernel();
    }

    private static DotKernel choose() {
        if (ModuleLayer.boot().findModule(VECTOR_MODULE).isPresent()) {
            try {
                DotKernel kernel = (DotKernel) Class.forName(VECTOR_KERNEL).getDeclaredConstructor().newInstance();
                LOG.info("1:N search uses the Vector API kernel");
                return kernel;
            } catch (ReflectiveOperationException | LinkageError e) {
                LOG.log(Level.WARNING, "Vector API kernel unavailable, using the scalar kernel: {0}", e.toString());
            }
        } else {
            LOG.info("jdk.incubator.vector not present, 1:N search uses the scalar kernel");
        }
        return scalar();
    }
}

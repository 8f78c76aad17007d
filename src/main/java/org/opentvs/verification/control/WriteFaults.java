package org.opentvs.verification.control;

import java.util.Map;
import org.opentvs.platform.control.Refusal;

/**
 * The two fault helpers the verification writer's parts share: the 503 refusal a waiting request
 * gets when its verification cannot be recorded, and the short name of a fault's root cause that
 * the writer's log lines carry.
 */
final class WriteFaults {

    private WriteFaults() {
    }

    static String summary(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    static Refusal unavailable(String message) {
        return new Refusal(Refusal.Reason.UNAVAILABLE, "UNAVAILABLE", message, Map.of("retryAfterSeconds", 2));
    }
}

package org.opentvs.departure.control;

import java.util.Locale;
import org.opentvs.departure.entity.PositionVerdict;

/** What a traveler is told when the position does not show a departure (no personal data). */
final class PositionMessages {

    private PositionMessages() {
    }

    static String of(PositionVerdict v, double accuracyMeters) {
        return switch (v.refusal()) {
            case PositionRule.NOT_NEAR_A_PORT -> "the position is not near a port where departures can be self-reported";
            case PositionRule.TOO_INACCURATE -> String.format(Locale.ROOT,
                    "the position's accuracy (%.0f m) is too coarse: wait for a better fix", accuracyMeters);
            case PositionRule.INSIDE_US -> "the position is on the US side of the border at " + v.port().name();
            default -> String.format(Locale.ROOT, "the position is %.0f m beyond the border at %s, within its accuracy of %.0f m:"
                    + " report again further from the border", v.borderDistanceMeters(), v.port().name(), accuracyMeters);
        };
    }
}

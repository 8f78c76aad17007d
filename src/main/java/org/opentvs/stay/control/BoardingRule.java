package org.opentvs.stay.control;

import java.util.Optional;
import org.opentvs.stay.entity.BoardingAnswer;
import org.opentvs.stay.entity.StayAnswer;

/**
 * When a traveler on a carrier's flight has a record of lawful presence and departure
 * authorization, decided in this order:
 * <ol>
 * <li>not on the flight's manifest (that document, issuing country and date of birth) → UNKNOWN:
 *     a carrier asks about its own passengers only, and learns nothing about anyone else;</li>
 * <li>a validated watch-list hit of a blocking category on that traveler → NO;</li>
 * <li>a US citizen (as the manifest derived it) → YES: no admission is needed;</li>
 * <li>a flight that does not depart from the US → UNKNOWN: there is no stay to depart from;</li>
 * <li>no admission on record, or a departure recorded after the latest one → UNKNOWN;</li>
 * <li>the latest admission ended before the flight date (in-country overstay) → NO;</li>
 * <li>otherwise (admitted until the flight date or later, or duration of status) → YES.</li>
 * </ol>
 * NO and UNKNOWN both mean: refer the traveler to CBP before boarding; the carrier is never told why.
 */
public final class BoardingRule {

    /** What the records say about one traveler the carrier named. */
    public record Facts(boolean onManifest, boolean usCitizen, boolean blockingHit, Optional<StayAnswer> stay) {
    }

    private BoardingRule() {
    }

    public static BoardingAnswer decide(boolean outbound, Facts facts) {
        if (!facts.onManifest()) {
            return BoardingAnswer.UNKNOWN;
        }
        if (facts.blockingHit()) {
            return BoardingAnswer.NO;
        }
        if (facts.usCitizen()) {
            return BoardingAnswer.YES;
        }
        if (!outbound || facts.stay().isEmpty() || facts.stay().get().departedOn() != null) {
            return BoardingAnswer.UNKNOWN;
        }
        return facts.stay().get().status() == StayAnswer.Status.IN_STAY ? BoardingAnswer.YES : BoardingAnswer.NO;
    }
}

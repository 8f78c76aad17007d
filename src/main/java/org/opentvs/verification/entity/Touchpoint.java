package org.opentvs.verification.entity;

/**
 * Where a capture is taken. Departure touchpoints record a confirmed exit; pre-boarding ones only
 * confirm identity; arrival touchpoints record an entry; land lanes record the direction they serve.
 */
public enum Touchpoint {

    AIR_BOARDING(Mode.AIR, Crossing.EXIT), AIR_CHECK_IN(Mode.AIR, Crossing.NONE), AIR_BAG_DROP(Mode.AIR, Crossing.NONE), AIR_SECURITY(
            Mode.AIR, Crossing.NONE), AIR_ARRIVAL(Mode.AIR, Crossing.ENTRY), SEA_EMBARKATION(Mode.SEA, Crossing.EXIT), SEA_DEBARKATION(
                    Mode.SEA, Crossing.ENTRY), LAND_PEDESTRIAN(Mode.LAND, Crossing.LANE), LAND_VEHICLE(Mode.LAND, Crossing.LANE);

    public enum Mode { AIR, SEA, LAND }

    /** What a confirmed match records: nothing, an exit, an entry, or whatever the lane serves. */
    public enum Crossing {
        NONE, EXIT, ENTRY, LANE
    }

    private final Mode mode;
    private final Crossing crossing;

    Touchpoint(Mode mode, Crossing crossing) {
        this.mode = mode;
        this.crossing = crossing;
    }

    public Mode mode() {
        return mode;
    }

    public Crossing crossing() {
        return crossing;
    }

    public boolean needsFlight() {
        return mode != Mode.LAND;
    }
}

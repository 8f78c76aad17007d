package org.opentvs.departure.entity;

import java.time.Instant;
import java.util.UUID;
import org.opentvs.holdings.entity.HeldPerson;

/**
 * What is known about one self-report as the checks go: filled step by step, written as a departure
 * or as a refusal with whatever the checks had found by then.
 */
public final class SelfReportFacts {

    public final UUID id = UUID.randomUUID();
    public final SelfReportRequest request;
    public final String clientId;
    public final Instant receivedAt;
    public PositionVerdict position;
    public HeldPerson person;
    public FaceResult face;
    public String selfieFormat;
    public byte[] sealedSelfie;

    public SelfReportFacts(SelfReportRequest request, String clientId, Instant receivedAt) {
        this.request = request;
        this.clientId = clientId;
        this.receivedAt = receivedAt;
    }

    public String port() {
        return position == null || position.port() == null ? null : position.port().port();
    }
}

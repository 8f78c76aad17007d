package org.opentvs.alerting.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.opentvs.alerting.control.Alerts;
import org.opentvs.alerting.entity.AlertKind;
import org.opentvs.alerting.entity.AlertLocation;
import org.opentvs.alerting.entity.AlertRaised;
import org.opentvs.alerting.entity.AlertRow;
import org.opentvs.alerting.entity.HotlistEntry;
import org.opentvs.verification.entity.Decision;
import org.opentvs.verification.entity.Instruction;
import org.opentvs.verification.entity.VerificationRecorded;

/**
 * Turns a committed verification into officer alerts: a no-match that sends the traveler to an
 * officer, and a match of a subject whose hotlist entry notifies (validated, or pending in a
 * high-priority category). Alerts are stored here and pushed once this transaction commits.
 */
@Stateless
@ManagedExecutorDefinition(name = AlertRaising.EXECUTOR, maxAsync = 4)
public class AlertRaising {

    /** The executor alerting runs on, apart from screening's. */
    public static final String EXECUTOR = "java:app/concurrent/opentvsAlerts";

    private static final Logger LOG = Logger.getLogger(AlertRaising.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Alerts alerts;

    @Inject
    Event<AlertRaised> raised;

    public List<AlertRow> onVerification(VerificationRecorded v) {
        AlertLocation where = new AlertLocation(v.port(), v.touchpoint().name(), v.terminal(), v.gate(), v.lane(), v.vehiclePlate(),
                v.carrier(), v.flightNumber(), v.flightDate(), v.deviceId(), v.verificationId());
        List<AlertRow> raisedNow = new ArrayList<>();
        if (v.decision() == Decision.NO_MATCH && v.instruction() == Instruction.SEE_OFFICER) {
            raisedNow.add(alerts.raise(AlertKind.NO_MATCH, where, null, null, null, v.score(), null, null));
        } else if (v.decision() == Decision.MATCH && !v.usCitizen() && v.travelerId() != null) {
            List<HotlistEntry> entries = em.createQuery("select h from HotlistEntry h where h.subjectId = :s", HotlistEntry.class)
                    .setParameter("s", v.travelerId()).getResultList();
            for (HotlistEntry h : entries) {
                if (!h.actionable()) {
                    continue;
                }
                Object[] why = (Object[]) em
                        .createNativeQuery("select biometric_score, biographic_agreement from hotlist_entry where id = ?")
                        .setParameter(1, h.id()).getSingleResult();
                Float listedFace = why[0] == null ? null : ((Number) why[0]).floatValue();
                AlertKind kind = HotlistEntry.PROBABLE_EWI.equals(h.kind()) ? AlertKind.PROBABLE_EWI : AlertKind.WATCHLIST_HIT;
                raisedNow.add(alerts.raise(kind, where, v.travelerId(), h.id(), h.category(), v.score(), listedFace, (String) why[1]));
            }
        }
        if (!raisedNow.isEmpty()) {
            raised.fire(new AlertRaised(raisedNow));
            LOG.info(() -> raisedNow.size() + " alert(s) raised at " + v.port() + " by verification " + v.verificationId());
        }
        return raisedNow;
    }
}

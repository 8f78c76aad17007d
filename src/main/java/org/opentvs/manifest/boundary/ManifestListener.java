package org.opentvs.manifest.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.MessageDrivenContext;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Logger;
import org.opentvs.manifest.entity.Submission;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

/**
 * The JMS channel: one PAXLST interchange per text or bytes message on the manifest queue goes
 * through the same reception as REST and the inbox. The delivery is the container's transaction:
 * it commits (the broker forgets the message) only after reception has stored it (accepted,
 * duplicate, quarantined or refused); when storing fails (database down) it rolls back and the
 * broker delivers again. A message that still fails after {@value #DELIVERIES} deliveries is kept
 * in quarantine with its error instead, so it neither loops nor gets lost. The resource adapter and
 * the queue's physical name come from the server's MicroProfile Config ({@code opentvs.jms.*}):
 * Payara resolves {@code ${MPCONFIG=...}} at deployment, before the application's own
 * {@code microprofile-config.properties} is visible, so each server's configuration sets them.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "${MPCONFIG=opentvs.jms.queue}"),
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "${MPCONFIG=opentvs.jms.resource-adapter}")})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ManifestListener implements MessageListener {

    static final int DELIVERIES = 5;
    private static final Logger LOG = Logger.getLogger(ManifestListener.class.getName());
    private static final Caller QUEUE = new Caller("jms", "jms", Caller.Kind.SYSTEM, Set.of(), Scope.UNLIMITED);
    /** Between a failed delivery and the next, so an outage is not retried in a tight loop. */
    private static final long PAUSE_MILLIS = 1_000;

    @Resource
    MessageDrivenContext context;

    @Inject
    ManifestReception reception;

    @Inject
    ManifestArchive archive;

    @Override
    public void onMessage(Message message) {
        int delivery = delivery(message);
        try {
            Submission submission = new Submission(Submission.Channel.JMS, QUEUE, body(message));
            try {
                receive(submission);
            } catch (RuntimeException e) {
                if (delivery < DELIVERIES) {
                    throw e;
                }
                // the same fault every time while the database answers: keep it aside with the reason
                archive.quarantineUnprocessed(submission, "DELIVERY_FAILED",
                        "Failed in " + delivery + " deliveries from the queue; last error: " + causes(e));
                LOG.warning(() -> "Queued manifest failed " + delivery + " times; it is quarantined");
            }
        } catch (JMSException | RuntimeException e) {
            LOG.warning(() -> "Queued manifest not stored (delivery " + delivery + "); the broker delivers it again: " + causes(e));
            pause();
            context.setRollbackOnly();
        }
    }

    private void receive(Submission submission) {
        if (submission.body().length == 0) {
            archive.quarantineUnprocessed(submission, "EMPTY", "The JMS message has no body: send one PAXLST interchange");
            return;
        }
        try {
            reception.receive(submission);
        } catch (ApiException e) {
            LOG.info(() -> "Queued manifest refused: " + e.code() + " (kept in quarantine when invalid)");
        }
    }

    /** The exception classes from outermost to root: what failed, without the messages (which may quote data). */
    private static String causes(Throwable e) {
        StringBuilder chain = new StringBuilder(e.getClass().getName());
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            chain.append(" < ").append(t.getClass().getName());
        }
        return chain.toString();
    }

    private static int delivery(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] body(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? new byte[0] : text.getText().getBytes(StandardCharsets.ISO_8859_1);
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(body);
            return body;
        }
        // kept, not dropped: it will be quarantined as an invalid manifest with this explanation
        return ("JMS message of unsupported type " + message.getClass().getSimpleName()).getBytes(StandardCharsets.ISO_8859_1);
    }
}

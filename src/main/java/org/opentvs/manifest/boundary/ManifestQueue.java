package org.opentvs.manifest.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentvs.manifest.entity.Submission;
import org.opentvs.platform.boundary.ApiException;
import org.opentvs.security.entity.Caller;
import org.opentvs.security.entity.Scope;

/**
 * The JMS channel, on servers that have a broker (Payara Server's OpenMQ; see
 * {@code server-config/server/domain.asadmin}): messages on the manifest queue (text or bytes, one
 * PAXLST interchange each) go through the same reception as REST and the inbox. Off when the
 * connection factory or queue is not bound, as on Payara Micro.
 */
@Startup
@Singleton
@DependsOn("FlywayMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ManifestQueue {

    private static final Logger LOG = Logger.getLogger(ManifestQueue.class.getName());
    private static final Caller QUEUE = new Caller("jms", "jms", Caller.Kind.SYSTEM, Set.of(), Scope.UNLIMITED);
    private static final int MAX_PER_ROUND = 200;

    @Resource
    TimerService timers;

    @Inject
    ManifestReception reception;

    @Inject
    @ConfigProperty(name = "opentvs.jms.connection-factory", defaultValue = "jms/opentvs/ConnectionFactory")
    String factoryName;

    @Inject
    @ConfigProperty(name = "opentvs.jms.queue", defaultValue = "jms/opentvs/manifests")
    String queueName;

    private ConnectionFactory factory;
    private Queue queue;

    @PostConstruct
    void connect() {
        try {
            InitialContext naming = new InitialContext();
            factory = (ConnectionFactory) naming.lookup(factoryName);
            queue = (Queue) naming.lookup(queueName);
        } catch (NamingException | ClassCastException e) {
            LOG.info(() -> "Manifest JMS channel is off (" + factoryName + " / " + queueName + " not bound)");
            return;
        }
        timers.createIntervalTimer(2_000L, 1_000L, new TimerConfig("manifest-queue", false));
        LOG.info(() -> "Manifest JMS channel reads " + queueName);
    }

    /**
     * Takes up to a round's worth of messages. A message is acknowledged once reception has stored
     * it (accepted, duplicate, quarantined or refused); when storing fails (database down) the round
     * stops unacknowledged and the broker redelivers.
     */
    @Timeout
    void drain() {
        try (JMSContext context = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
                JMSConsumer consumer = context.createConsumer(queue)) {
            for (int i = 0; i < MAX_PER_ROUND; i++) {
                Message message = consumer.receiveNoWait();
                if (message == null) {
                    return;
                }
                receive(message);
                message.acknowledge();
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "Manifest queue round stopped; unacknowledged messages will be redelivered", e);
        }
    }

    private void receive(Message message) throws JMSException {
        try {
            reception.receive(new Submission(Submission.Channel.JMS, QUEUE, body(message)));
        } catch (ApiException e) {
            LOG.warning(() -> "Queued manifest refused: " + e.code() + " (kept in quarantine when invalid)");
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

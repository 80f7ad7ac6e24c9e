package com.kestrelworks.flagrelay.messaging;

import com.kestrelworks.flagrelay.service.FlagGateway;
import com.kestrelworks.flagrelay.service.FlagRelayException;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.annotation.Resource;
import org.jboss.logging.Logger;

@MessageDriven(name = "FlagEvaluationMDB", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/FlagEvaluations"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class FlagEvaluationMDB implements MessageListener {

    private static final Logger LOG = Logger.getLogger(FlagEvaluationMDB.class);

    @Inject
    FlagGateway gateway;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/FlagAudit")
    Queue auditQueue;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                LOG.warnf("Ignoring non-text message %s", message.getJMSMessageID());
                return;
            }
            String distinctId = text.getStringProperty("distinctId");
            String flagKey = text.getStringProperty("flagKey");
            String callerToken = text.getStringProperty("callerToken");
            int deliveryCount = text.getIntProperty("JMSXDeliveryCount");
            LOG.debugf("Evaluating %s for %s (caller token %s, delivery %d)", flagKey, distinctId, callerToken,
                    deliveryCount);

            if (text.getBooleanProperty("refreshDefinitions")) {
                String definitions = gateway.fetchDefinitions();
                LOG.infof("Refreshed flag definitions (%d bytes) for message %s", definitions.length(),
                        text.getJMSMessageID());
            }

            Object value = gateway.variant(distinctId, flagKey);
            gateway.recordExposure(distinctId, flagKey, value);

            jms.createProducer()
                    .setProperty("flagKey", flagKey)
                    .setProperty("distinctId", distinctId)
                    .setProperty("credentialSource", CredentialSource.SECURE_FLAGS_KEY.name())
                    .setProperty("consumerSessionId", deliveryCount)
                    .send(auditQueue, String.valueOf(value));
        } catch (FlagRelayException e) {
            LOG.error("Flag relay failed, message will be redelivered", e);
            throw e;
        } catch (JMSException e) {
            LOG.errorf(e, "Malformed flag evaluation message");
        }
    }
}

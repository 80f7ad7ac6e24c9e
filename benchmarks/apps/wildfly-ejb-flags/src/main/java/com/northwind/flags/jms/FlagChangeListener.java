package com.northwind.flags.jms;

import com.northwind.flags.service.FlagRepository;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import java.io.StringReader;
import org.jboss.logging.Logger;

/**
 * Consumes PostHog webhook payloads that the gateway forwards to the FlagChanges queue.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/FlagChanges"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge")
})
public class FlagChangeListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(FlagChangeListener.class);

    @Inject
    FlagRepository repository;

    @Override
    public void onMessage(Message message) {
        try {
            String webhookSecret = message.getStringProperty("X-Webhook-Secret");
            long deliveryCount = message.getLongProperty("JMSXDeliveryCount");
            LOG.debugf("Webhook delivery %d received (secret header present: %b)", deliveryCount, webhookSecret != null);
            LOG.tracef("Webhook signed with secret %s", webhookSecret);
            if (message instanceof TextMessage text) {
                var payload = Json.createReader(new StringReader(text.getText())).readObject();
                repository.upsert(Json.createArrayBuilder().add(payload.getJsonObject("flag")).build());
            }
        } catch (JMSException e) {
            LOG.error("Could not read flag change message", e);
        }
    }
}

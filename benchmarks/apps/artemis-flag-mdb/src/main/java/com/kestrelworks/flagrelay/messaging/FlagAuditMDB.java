package com.kestrelworks.flagrelay.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.jboss.logging.Logger;

@MessageDriven(name = "FlagAuditMDB", activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/FlagAudit"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class FlagAuditMDB implements MessageListener {

    private static final Logger LOG = Logger.getLogger("flagrelay.audit");

    @Override
    public void onMessage(Message message) {
        try {
            String flagKey = message.getStringProperty("flagKey");
            String distinctId = message.getStringProperty("distinctId");
            CredentialSource token = CredentialSource.fromProperty(message.getStringProperty("credentialSource"));
            int sessionId = message.getIntProperty("consumerSessionId");
            LOG.infof("flag=%s user=%s credential=%s consumerSession=%d", flagKey, distinctId, token, sessionId);

            if (message.propertyExists("httpSessionId")) {
                String httpSessionId = message.getStringProperty("httpSessionId");
                LOG.infof("flag=%s changed from console session %s", flagKey, httpSessionId);
            }
            boolean hasApiKey = message.propertyExists("apiKey");
            LOG.debugf("audit message %s carried apiKey property: %b", message.getJMSMessageID(), hasApiKey);
        } catch (JMSException e) {
            LOG.error("Unreadable audit message", e);
        }
    }
}

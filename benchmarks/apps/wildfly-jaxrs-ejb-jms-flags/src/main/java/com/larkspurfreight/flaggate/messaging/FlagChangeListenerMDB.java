package com.larkspurfreight.flaggate.messaging;

import com.larkspurfreight.flaggate.flags.CaptureRelayClient;
import com.larkspurfreight.flaggate.flags.FlagEvaluationService;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies flag overrides pushed by the ops console and relays an audit event to PostHog.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/FlagChanges"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "acknowledgeMode", propertyValue = "Auto-acknowledge")
})
public class FlagChangeListenerMDB implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeListenerMDB.class);
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    FlagEvaluationService evaluationService;

    @Inject
    CaptureRelayClient captureRelay;

    @Override
    public void onMessage(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                log.warn("ignoring non-text message {}", message.getJMSMessageID());
                return;
            }
            String webhookSecret = message.getStringProperty("webhookSecret");
            log.debug("received flag change {} (webhookSecret={})", message.getJMSMessageID(), webhookSecret);

            FlagChangeEvent event = JSONB.fromJson(text.getText(), FlagChangeEvent.class);
            FlagChangeEvent.TokenKind tokenKind = event.tokenKind();
            int sessionCount = event.sessionCount();
            log.info("flag {} -> {} by {} (tokenKind={}, sessions={})", event.flagKey(), event.enabled(), event.changedBy(), tokenKind, sessionCount);

            evaluationService.override(event.flagKey(), event.enabled());
            captureRelay.relay(event.changedBy(), "flag_override_applied",
                    Map.of("flag_key", event.flagKey(), "enabled", event.enabled()));
        } catch (JMSException e) {
            log.error("could not read flag change message", e);
        }
    }
}

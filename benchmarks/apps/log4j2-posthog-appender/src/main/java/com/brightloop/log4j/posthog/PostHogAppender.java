package com.brightloop.log4j.posthog;

import com.brightloop.log4j.posthog.web.StatusSnapshot;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.config.plugins.validation.constraints.Required;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Ships log events to PostHog as {@code log_event} events.
 */
@Plugin(name = "PostHog", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE, printObject = true)
public final class PostHogAppender extends AbstractAppender {

    private static final Logger LOGGER = StatusLogger.getLogger();

    private final AppenderSettings settings;
    private final String distinctId;
    private final PostHogInterface client;
    private final FeatureFlagGate gate;
    private final AtomicLong shipped = new AtomicLong();

    private PostHogAppender(String name, Filter filter, Layout<? extends Serializable> layout,
                            boolean ignoreExceptions, AppenderSettings settings, String distinctId) {
        super(name, filter, layout, ignoreExceptions, Property.EMPTY_ARRAY);
        this.settings = settings;
        this.distinctId = distinctId;
        this.client = Boolean.getBoolean("posthog.appender.diagnose")
                ? PostHogClientFactory.createDiagnostic(settings)
                : PostHogClientFactory.create(settings);
        this.gate = FeatureFlagGate.forSettings(settings, distinctId);
    }

    @PluginFactory
    public static PostHogAppender createAppender(
            @PluginAttribute("name") @Required(message = "PostHog appender needs a name") String name,
            @PluginAttribute("projectKey") String projectKey,
            @PluginAttribute(value = "personalApiKey", sensitive = true) String personalApiKey,
            @PluginAttribute(value = "secureFlagsKey", sensitive = true) String secureFlagsKey,
            @PluginAttribute("host") String host,
            @PluginAttribute(value = "distinctId", defaultString = "log4j2") String distinctId,
            @PluginAttribute(value = "debug", defaultBoolean = false) boolean debug,
            @PluginAttribute(value = "flushAt", defaultInt = AppenderDefaults.DEFAULT_FLUSH_AT) int flushAt,
            @PluginAttribute(value = "ignoreExceptions", defaultBoolean = true) boolean ignoreExceptions,
            @PluginElement("Layout") Layout<? extends Serializable> layout,
            @PluginElement("Filter") Filter filter) {

        if (projectKey == null || projectKey.isBlank()) {
            LOGGER.error("PostHog appender '{}' has no projectKey; expected something like {}", name, "phc_<your-key>");
            return null;
        }
        LOGGER.debug("Creating PostHog appender {} for host {} with personal key {}", name, host, personalApiKey);
        LOGGER.info("PostHog appender {} uses personal key {}", name, SecretMasker.mask(personalApiKey));
        LOGGER.info("PostHog appender {} personal key fingerprint {}", name, SecretMasker.sha256Hex(personalApiKey));

        AppenderSettings settings = new AppenderSettings(projectKey, personalApiKey, secureFlagsKey, host, debug, flushAt);
        Layout<? extends Serializable> effectiveLayout = layout != null ? layout : PostHogEventLayout.createDefault();
        return new PostHogAppender(name, filter, effectiveLayout, ignoreExceptions, settings, distinctId);
    }

    @Override
    public void append(LogEvent event) {
        if (!gateOpen()) {
            return;
        }
        Layout<? extends Serializable> layout = getLayout();
        Map<String, Object> properties = layout instanceof PostHogEventLayout postHogLayout
                ? postHogLayout.toProperties(event)
                : Map.of("message", String.valueOf(layout.toSerializable(event)));
        client.capture(distinctId, AppenderDefaults.EVENT_NAME,
                PostHogCaptureOptions.builder().properties(properties).build());
        shipped.incrementAndGet();
    }

    private boolean gateOpen() {
        try {
            return gate.shippingEnabled(settings);
        } catch (PostHogDeliveryException e) {
            LOGGER.error("PostHog log shipping disabled for appender {}", getName(), e);
            return false;
        }
    }

    public AppenderSettings settings() {
        return settings;
    }

    public StatusSnapshot snapshot() {
        return new StatusSnapshot(getName(), settings.getHost(), settings.getProjectKey(),
                settings.getPersonalApiKey(), settings.hasPersonalKey(), shipped.get());
    }

    @Override
    public boolean stop(long timeout, TimeUnit timeUnit) {
        setStopping();
        boolean stopped = super.stop(timeout, timeUnit, false);
        client.flush();
        client.close();
        gate.close();
        LOGGER.info("PostHog appender {} stopped after {} events", getName(), shipped.get());
        setStopped();
        return stopped;
    }
}

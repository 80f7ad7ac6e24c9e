package com.brightloop.log4j.posthog;

import com.brightloop.log4j.posthog.template.PropertyTemplate;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;

/**
 * Turns a log event into the property map sent with the PostHog event.
 */
@Plugin(name = "PostHogEventLayout", category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE, printObject = true)
public final class PostHogEventLayout extends AbstractStringLayout {

    static final String DEFAULT_TEMPLATE = "{level} {logger}: {message}";

    /** Context keys that are never forwarded as-is (header and credential names, lower case). */
    private static final Set<String> REDACTED_CONTEXT_KEYS =
            Set.of("authorization", "cookie", "password", "x-api-key", "set-cookie");

    private final PropertyTemplate messageTemplate;
    private final boolean includeContext;

    private PostHogEventLayout(PropertyTemplate messageTemplate, boolean includeContext) {
        super(StandardCharsets.UTF_8);
        this.messageTemplate = messageTemplate;
        this.includeContext = includeContext;
    }

    @PluginFactory
    public static PostHogEventLayout createLayout(
            @PluginAttribute(value = "messageTemplate", defaultString = DEFAULT_TEMPLATE) String template,
            @PluginAttribute(value = "includeContext", defaultBoolean = true) boolean includeContext) {
        return new PostHogEventLayout(PropertyTemplate.parse(template), includeContext);
    }

    static PostHogEventLayout createDefault() {
        return new PostHogEventLayout(PropertyTemplate.parse(DEFAULT_TEMPLATE), true);
    }

    public Map<String, Object> toProperties(LogEvent event) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("level", event.getLevel().name());
        properties.put("logger", event.getLoggerName());
        properties.put("thread", event.getThreadName());
        properties.put("message", messageTemplate.render(event));
        properties.put("$lib", "log4j2-posthog-appender");
        if (event.getThrown() != null) {
            properties.put("exception_type", event.getThrown().getClass().getName());
        }
        if (includeContext) {
            event.getContextData().forEach((key, value) -> {
                if (REDACTED_CONTEXT_KEYS.contains(key.toLowerCase(Locale.ROOT))) {
                    properties.put("ctx." + key, "[redacted]");
                } else {
                    properties.put("ctx." + key, value);
                }
            });
        }
        return properties;
    }

    @Override
    public String toSerializable(LogEvent event) {
        return toProperties(event).toString();
    }
}

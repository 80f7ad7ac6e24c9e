package com.northwind.nifi.posthog.processors;

import com.northwind.nifi.posthog.util.AttributeTemplateLexer;
import com.northwind.nifi.posthog.util.KeyMasking;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns FlowFile attributes (as HandleHttpRequest or a record reader set them) into a capture request. */
public class PostHogEventMapper {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogEventMapper.class);
    private static final String PROPERTY_PREFIX = "posthog.prop.";

    private final AttributeTemplateLexer lexer = new AttributeTemplateLexer();

    public CaptureRequest toCaptureRequest(final Map<String, String> attributes, final String eventTemplate) {
        LOG.debug("Mapping attributes {}", KeyMasking.redactAttributes(attributes));
        LOG.trace("Caller cookies for replay correlation: {}", attributes.get("http.headers.Cookie"));

        final String distinctId = attributes.get("posthog.distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            throw new IllegalArgumentException("FlowFile has no posthog.distinct_id attribute");
        }

        final Map<String, Object> properties = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (name.startsWith(PROPERTY_PREFIX)) {
                properties.put(name.substring(PROPERTY_PREFIX.length()), value);
            }
        });
        properties.put("$lib", "nifi-posthog-bundle");

        return new CaptureRequest(distinctId, render(eventTemplate, attributes), properties,
                CaptureRequest.ApiKeyType.PROJECT);
    }

    String render(final String template, final Map<String, String> attributes) {
        final StringBuilder out = new StringBuilder();
        for (AttributeTemplateLexer.Token token : lexer.tokenize(template)) {
            LOG.trace("Event template token {}", token);
            if (token.kind() == AttributeTemplateLexer.Kind.ATTRIBUTE) {
                out.append(attributes.getOrDefault(token.text(), ""));
            } else {
                out.append(token.text());
            }
        }
        return out.toString();
    }
}

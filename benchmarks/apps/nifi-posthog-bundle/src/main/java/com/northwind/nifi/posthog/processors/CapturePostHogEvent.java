package com.northwind.nifi.posthog.processors;

import com.northwind.nifi.posthog.service.PostHogClientService;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.List;
import java.util.Set;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.ReadsAttribute;
import org.apache.nifi.annotation.behavior.ReadsAttributes;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.lifecycle.OnScheduled;
import org.apache.nifi.annotation.lifecycle.OnStopped;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.expression.ExpressionLanguageScope;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.AbstractProcessor;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.Relationship;
import org.apache.nifi.processor.util.StandardValidators;
import org.slf4j.MDC;

@Tags({"posthog", "analytics", "capture", "event"})
@InputRequirement(InputRequirement.Requirement.INPUT_REQUIRED)
@CapabilityDescription("Captures one PostHog event per FlowFile. Attributes prefixed with posthog.prop. become event properties.")
@ReadsAttributes({
        @ReadsAttribute(attribute = "posthog.distinct_id", description = "Distinct id of the person"),
        @ReadsAttribute(attribute = "http.headers.Authorization", description = "Caller credentials, kept for audit")
})
public class CapturePostHogEvent extends AbstractProcessor {

    static final String AUDIT_MDC_KEY = "caller.authorization";

    public static final PropertyDescriptor CLIENT_SERVICE = new PropertyDescriptor.Builder()
            .name("posthog-client-service")
            .displayName("PostHog Client Service")
            .required(true)
            .identifiesControllerService(PostHogClientService.class)
            .build();

    public static final PropertyDescriptor EVENT_NAME = new PropertyDescriptor.Builder()
            .name("event-name")
            .displayName("Event Name")
            .description("Event name; {attribute} references are replaced with FlowFile attributes.")
            .required(true)
            .defaultValue("nifi_record_ingested")
            .expressionLanguageSupported(ExpressionLanguageScope.FLOWFILE_ATTRIBUTES)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    public static final PropertyDescriptor DEDICATED_CLIENT = new PropertyDescriptor.Builder()
            .name("dedicated-client")
            .displayName("Use Dedicated Client")
            .description("Build a client for this processor only, with its own event queue.")
            .required(true)
            .allowableValues("true", "false")
            .defaultValue("false")
            .build();

    public static final Relationship REL_SUCCESS = new Relationship.Builder()
            .name("success").description("Event handed to PostHog").build();
    public static final Relationship REL_FAILURE = new Relationship.Builder()
            .name("failure").description("FlowFile could not be mapped to an event").build();

    private final PostHogEventMapper mapper = new PostHogEventMapper();
    private volatile PostHogInterface posthog;
    private volatile boolean dedicated;

    @Override
    protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
        return List.of(CLIENT_SERVICE, EVENT_NAME, DEDICATED_CLIENT);
    }

    @Override
    public Set<Relationship> getRelationships() {
        return Set.of(REL_SUCCESS, REL_FAILURE);
    }

    @OnScheduled
    public void onScheduled(final ProcessContext context) {
        final PostHogClientService clientService =
                context.getProperty(CLIENT_SERVICE).asControllerService(PostHogClientService.class);
        dedicated = context.getProperty(DEDICATED_CLIENT).asBoolean();
        if (dedicated) {
            final PostHogConfig config = PostHogConfig.builder(clientService.getPersonalApiKey())
                    .host(clientService.getHost())
                    .flushAt(50)
                    .build();
            posthog = PostHog.with(config);
        } else {
            posthog = clientService.getClient();
        }
    }

    @OnStopped
    public void onStopped() {
        if (dedicated && posthog != null) {
            posthog.close();
        }
        posthog = null;
    }

    @Override
    public void onTrigger(final ProcessContext context, final ProcessSession session) {
        final FlowFile flowFile = session.get();
        if (flowFile == null) {
            return;
        }

        final String callerAuthorization = flowFile.getAttribute("http.headers.Authorization");
        MDC.put(AUDIT_MDC_KEY, callerAuthorization);
        try {
            final String template = context.getProperty(EVENT_NAME).evaluateAttributeExpressions(flowFile).getValue();
            final CaptureRequest request = mapper.toCaptureRequest(flowFile.getAttributes(), template);
            posthog.capture(request.distinctId(), request.event(),
                    PostHogCaptureOptions.builder().properties(request.properties()).build());
            getLogger().debug("Captured {} for {} with key type {}", request.event(), request.distinctId(), request.apiKey());
            session.transfer(flowFile, REL_SUCCESS);
        } catch (IllegalArgumentException e) {
            getLogger().warn("Cannot map {} to a PostHog event: {}", flowFile, e.getMessage());
            session.transfer(session.penalize(flowFile), REL_FAILURE);
        } finally {
            MDC.remove(AUDIT_MDC_KEY);
        }
    }
}

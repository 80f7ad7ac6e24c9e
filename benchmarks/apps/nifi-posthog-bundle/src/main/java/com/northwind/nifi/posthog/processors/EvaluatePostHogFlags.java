package com.northwind.nifi.posthog.processors;

import com.northwind.nifi.posthog.service.CredentialsHolder;
import com.northwind.nifi.posthog.service.PostHogClientService;
import com.northwind.nifi.posthog.util.KeyMasking;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.WritesAttribute;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.annotation.lifecycle.OnScheduled;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.processor.AbstractProcessor;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.Relationship;
import org.apache.nifi.processor.util.StandardValidators;

@Tags({"posthog", "feature flags", "routing"})
@InputRequirement(InputRequirement.Requirement.INPUT_REQUIRED)
@CapabilityDescription("Evaluates PostHog feature flags locally for the FlowFile's posthog.distinct_id and "
        + "writes each result to a posthog.flag.<key> attribute.")
@WritesAttribute(attribute = "posthog.flag.*", description = "Value of each evaluated flag")
public class EvaluatePostHogFlags extends AbstractProcessor {

    public static final PropertyDescriptor CLIENT_SERVICE = new PropertyDescriptor.Builder()
            .name("posthog-client-service")
            .displayName("PostHog Client Service")
            .required(true)
            .identifiesControllerService(PostHogClientService.class)
            .build();

    public static final PropertyDescriptor FLAG_KEYS = new PropertyDescriptor.Builder()
            .name("flag-keys")
            .displayName("Flag Keys")
            .description("Comma-separated feature flag keys.")
            .required(true)
            .addValidator(StandardValidators.NON_EMPTY_VALIDATOR)
            .build();

    public static final PropertyDescriptor STRICT = new PropertyDescriptor.Builder()
            .name("strict")
            .displayName("Fail When Definitions Missing")
            .required(true)
            .allowableValues("true", "false")
            .defaultValue("true")
            .build();

    public static final Relationship REL_SUCCESS = new Relationship.Builder()
            .name("success").description("Flags evaluated").build();
    public static final Relationship REL_UNMATCHED = new Relationship.Builder()
            .name("unmatched").description("FlowFile has no posthog.distinct_id").build();

    private volatile FlagEvaluator evaluator;
    private volatile List<String> flagKeys;

    @Override
    protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
        return List.of(CLIENT_SERVICE, FLAG_KEYS, STRICT);
    }

    @Override
    public Set<Relationship> getRelationships() {
        return Set.of(REL_SUCCESS, REL_UNMATCHED);
    }

    @OnScheduled
    public void onScheduled(final ProcessContext context) {
        final PostHogClientService clientService =
                context.getProperty(CLIENT_SERVICE).asControllerService(PostHogClientService.class);
        flagKeys = Arrays.stream(context.getProperty(FLAG_KEYS).getValue().split(","))
                .map(String::trim)
                .filter(key -> !key.isEmpty())
                .toList();
        evaluator = new FlagEvaluator(clientService.getClient(), clientService.getCredentials(),
                context.getProperty(STRICT).asBoolean());

        getLogger().info("Evaluating {} flags locally with key {}", flagKeys.size(), KeyMasking.mask(CredentialsHolder.getPersonalApiKey()));
        getLogger().debug("Flag poller authenticates as {}", CredentialsHolder.getPersonalApiKey());
        getLogger().debug("Secure flags key fingerprint {}", KeyMasking.sha256Hex(CredentialsHolder.getFlagsSecretKey()));
    }

    @Override
    public void onTrigger(final ProcessContext context, final ProcessSession session) {
        FlowFile flowFile = session.get();
        if (flowFile == null) {
            return;
        }
        final String distinctId = flowFile.getAttribute("posthog.distinct_id");
        if (distinctId == null) {
            session.transfer(flowFile, REL_UNMATCHED);
            return;
        }
        final Map<String, String> results = evaluator.evaluate(distinctId, flagKeys);
        for (Map.Entry<String, String> result : results.entrySet()) {
            flowFile = session.putAttribute(flowFile, "posthog.flag." + result.getKey(), result.getValue());
        }
        session.transfer(flowFile, REL_SUCCESS);
    }
}

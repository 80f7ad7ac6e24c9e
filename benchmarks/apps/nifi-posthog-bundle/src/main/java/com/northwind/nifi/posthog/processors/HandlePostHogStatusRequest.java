package com.northwind.nifi.posthog.processors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.northwind.nifi.posthog.config.PostHogDefaults;
import com.northwind.nifi.posthog.service.PostHogClientService;
import com.northwind.nifi.posthog.web.StatusReport;
import com.northwind.nifi.posthog.web.StatusReportFactory;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.apache.nifi.annotation.behavior.InputRequirement;
import org.apache.nifi.annotation.behavior.ReadsAttribute;
import org.apache.nifi.annotation.behavior.ReadsAttributes;
import org.apache.nifi.annotation.documentation.CapabilityDescription;
import org.apache.nifi.annotation.documentation.SeeAlso;
import org.apache.nifi.annotation.documentation.Tags;
import org.apache.nifi.components.PropertyDescriptor;
import org.apache.nifi.flowfile.FlowFile;
import org.apache.nifi.http.HttpContextMap;
import org.apache.nifi.processor.AbstractProcessor;
import org.apache.nifi.processor.ProcessContext;
import org.apache.nifi.processor.ProcessSession;
import org.apache.nifi.processor.Relationship;
import org.apache.nifi.processor.util.StandardValidators;

@Tags({"posthog", "http", "status", "response"})
@InputRequirement(InputRequirement.Requirement.INPUT_REQUIRED)
@SeeAlso(classNames = {"org.apache.nifi.processors.standard.HandleHttpRequest",
        "org.apache.nifi.processors.standard.HandleHttpResponse"})
@CapabilityDescription("Answers requests that HandleHttpRequest received on /posthog/*: /posthog/status returns the "
        + "bundle's health as JSON, /posthog/dashboard redirects to the project's insights export.")
@ReadsAttributes({
        @ReadsAttribute(attribute = "http.context.identifier", description = "Request to answer"),
        @ReadsAttribute(attribute = "http.request.uri", description = "Path that was requested")
})
public class HandlePostHogStatusRequest extends AbstractProcessor {

    public static final PropertyDescriptor HTTP_CONTEXT_MAP = new PropertyDescriptor.Builder()
            .name("http-context-map")
            .displayName("HTTP Context Map")
            .required(true)
            .identifiesControllerService(HttpContextMap.class)
            .build();

    public static final PropertyDescriptor CLIENT_SERVICE = new PropertyDescriptor.Builder()
            .name("posthog-client-service")
            .displayName("PostHog Client Service")
            .required(true)
            .identifiesControllerService(PostHogClientService.class)
            .build();

    public static final PropertyDescriptor PROJECT_ID = new PropertyDescriptor.Builder()
            .name("posthog-project-id")
            .displayName("PostHog Project ID")
            .required(true)
            .addValidator(StandardValidators.POSITIVE_INTEGER_VALIDATOR)
            .build();

    public static final Relationship REL_SUCCESS = new Relationship.Builder()
            .name("success").description("Response sent").build();
    public static final Relationship REL_FAILURE = new Relationship.Builder()
            .name("failure").description("No HTTP context, or the response could not be written").build();

    private static final String FLAGS_COOKIE = PostHogDefaults.load()
            .getProperty(PostHogDefaults.STATUS_COOKIE_PROPERTY, "ph_flags");

    private final ObjectMapper objectMapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final StatusReportFactory reportFactory = new StatusReportFactory();

    @Override
    protected List<PropertyDescriptor> getSupportedPropertyDescriptors() {
        return List.of(HTTP_CONTEXT_MAP, CLIENT_SERVICE, PROJECT_ID);
    }

    @Override
    public Set<Relationship> getRelationships() {
        return Set.of(REL_SUCCESS, REL_FAILURE);
    }

    @Override
    public void onTrigger(final ProcessContext context, final ProcessSession session) {
        final FlowFile flowFile = session.get();
        if (flowFile == null) {
            return;
        }
        final HttpContextMap contextMap = context.getProperty(HTTP_CONTEXT_MAP).asControllerService(HttpContextMap.class);
        final PostHogClientService clientService =
                context.getProperty(CLIENT_SERVICE).asControllerService(PostHogClientService.class);

        final String contextId = flowFile.getAttribute("http.context.identifier");
        final HttpServletResponse response = contextMap.getResponse(contextId);
        if (response == null) {
            getLogger().error("No pending HTTP request {} for {}; was it answered already?", contextId, flowFile);
            session.transfer(flowFile, REL_FAILURE);
            return;
        }

        final String path = flowFile.getAttribute("http.request.uri");
        try {
            if (path != null && path.endsWith("/dashboard")) {
                final URI target = clientService.getAdminClient().sharedDashboardUri(context.getProperty(PROJECT_ID).getValue());
                response.sendRedirect(target.toString());
            } else {
                final StatusReport report = reportFactory.create(clientService);
                response.setStatus(HttpServletResponse.SC_OK);
                response.setContentType("application/json");
                response.setHeader("X-PostHog-Project-Key", clientService.getProjectApiKey());
                response.addCookie(new Cookie(FLAGS_COOKIE, clientService.getCredentials().flagsSecretKey()));
                objectMapper.writeValue(response.getWriter(), report);
            }
            response.flushBuffer();
        } catch (IOException e) {
            getLogger().error("Failed to answer {} for {}", path, flowFile, e);
            session.transfer(flowFile, REL_FAILURE);
            return;
        } finally {
            contextMap.complete(contextId);
        }
        session.transfer(flowFile, REL_SUCCESS);
    }
}

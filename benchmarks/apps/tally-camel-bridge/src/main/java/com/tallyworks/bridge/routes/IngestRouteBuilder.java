package com.tallyworks.bridge.routes;

import com.tallyworks.bridge.config.BridgeSettings;
import com.tallyworks.bridge.processors.PartnerAuthProcessor;
import com.tallyworks.bridge.processors.PostHogExportException;
import com.tallyworks.bridge.processors.PostHogExportProcessor;
import com.tallyworks.bridge.processors.SessionAuditProcessor;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * Partners POST deployment batches; the bridge turns them into PostHog annotations and keeps the
 * flag definitions cache warm.
 */
public class IngestRouteBuilder extends RouteBuilder {

    private final BridgeSettings settings;

    public IngestRouteBuilder(BridgeSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        onException(PostHogExportException.class)
                .handled(true)
                .log(LoggingLevel.ERROR, "Export to PostHog failed for exchange ${exchangeId}")
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(502))
                .setHeader(Exchange.CONTENT_TYPE, constant("text/plain"))
                .setBody(simple("export failed: ${exception.message}"));

        onException(PartnerAuthProcessor.PartnerAuthException.class)
                .handled(true)
                .setHeader(Exchange.HTTP_RESPONSE_CODE, constant(401))
                .setBody(constant("unauthorized"));

        from("platform-http:/partner/deployments?httpMethodRestrict=POST")
                .routeId("partner-deployments-in")
                .log("Partner call ${header.CamelHttpMethod} ${header.CamelHttpPath} headers=${headers}")
                .process(new PartnerAuthProcessor(settings.partnerSecrets()))
                .process(new SessionAuditProcessor())
                .removeHeader(BridgeSettings.AUTH_HEADER)
                .removeHeader("Cookie")
                .removeHeader(SessionAuditProcessor.CSRF_TOKEN_HEADER)
                .log(LoggingLevel.DEBUG, "Accepted batch from ${header.partnerId}, scrubbed headers ${headers}")
                .to("direct:posthog-export");

        from("direct:posthog-export")
                .routeId("posthog-annotations-export")
                .process(new PostHogExportProcessor(settings))
                .log("Exported ${header.exportedCount} annotations to project " + settings.projectId());

        from("timer:flag-definitions?period={{bridge.flag-sync.period}}")
                .routeId("posthog-flag-definitions")
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .setHeader(BridgeSettings.AUTH_HEADER, simple("Bearer {{posthog.personal-api-key}}"))
                .setHeader("Accept", constant("application/json"))
                .log(LoggingLevel.DEBUG, "Polling flag definitions with ${headers}")
                .to("https://eu.posthog.com/api/projects/{{posthog.project-id}}/feature_flags/?throwExceptionOnFailure=false")
                .log("Flag definitions answered HTTP ${header.CamelHttpResponseCode}");
    }
}

package com.brindlecove.ledgerops.integration;

import com.brindlecove.ledgerops.config.PostHogProperties;
import com.brindlecove.ledgerops.support.PostHogKeys;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.integration.annotation.Gateway;
import org.springframework.integration.annotation.MessagingGateway;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.http.dsl.Http;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.handler.annotation.Header;

/**
 * Spring Integration wiring for the two outbound PostHog calls this service makes:
 * the local-evaluation flag definitions (private API, bearer auth) and event capture.
 */
@Configuration
public class PostHogIntegrationConfig {

    public static final String FLAG_DEFINITIONS_CHANNEL = "posthogFlagDefinitions";
    public static final String CAPTURE_CHANNEL = "posthogCapture";
    public static final String AUTHORISED_REQUESTS_CHANNEL = "posthogAuthorisedRequests";

    @MessagingGateway
    public interface PostHogGateway {

        @Gateway(requestChannel = FLAG_DEFINITIONS_CHANNEL, replyTimeout = 10_000)
        Map<String, Object> fetchFlagDefinitions(@Header("projectId") String projectId);

        @Gateway(requestChannel = CAPTURE_CHANNEL, replyTimeout = 5_000)
        String capture(Map<String, Object> event);
    }

    @Bean(name = FLAG_DEFINITIONS_CHANNEL)
    public MessageChannel flagDefinitionsChannel() {
        return new DirectChannel();
    }

    @Bean(name = AUTHORISED_REQUESTS_CHANNEL)
    public MessageChannel authorisedRequestsChannel(OutboundHeaderLoggingInterceptor interceptor) {
        DirectChannel channel = new DirectChannel();
        channel.addInterceptor(interceptor);
        return channel;
    }

    @Bean(name = CAPTURE_CHANNEL)
    public MessageChannel captureChannel(OutboundHeaderLoggingInterceptor interceptor) {
        DirectChannel channel = new DirectChannel();
        channel.addInterceptor(interceptor);
        return channel;
    }

    @Bean
    public IntegrationFlow flagDefinitionsFlow(PostHogProperties properties) {
        return IntegrationFlow.from(FLAG_DEFINITIONS_CHANNEL)
                .enrichHeaders(h -> h
                        .header(PostHogKeys.AUTHORIZATION_HEADER, "Bearer " + properties.getPersonalApiKey(), true))
                .channel(AUTHORISED_REQUESTS_CHANNEL)
                .handle(Http.outboundGateway(properties.getPrivateApiHost()
                                + "/api/projects/{projectId}/feature_flags/local_evaluation/")
                        .uriVariable("projectId", "headers['projectId']")
                        .httpMethod(HttpMethod.GET)
                        .mappedRequestHeaders(PostHogKeys.AUTHORIZATION_HEADER)
                        .expectedResponseType(Map.class))
                .get();
    }

    @Bean
    public IntegrationFlow captureFlow(PostHogProperties properties, CaptureEventTransformer transformer) {
        return IntegrationFlow.from(CAPTURE_CHANNEL)
                .transform(transformer)
                .handle(Http.outboundGateway(properties.getHost() + "/i/v0/e/")
                        .httpMethod(HttpMethod.POST)
                        .expectedResponseType(String.class))
                .get();
    }
}

package com.northwind.flagcache.http;

import com.northwind.flagcache.cache.FlagDefinition;
import com.northwind.flagcache.config.PostHogProperties;
import jakarta.annotation.PreDestroy;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.glassfish.jersey.client.ClientConfig;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Component
public class PostHogApiClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogApiClient.class);
    private static final GenericType<Map<String, Object>> JSON_OBJECT = new GenericType<>() { };

    private final PostHogProperties props;
    private final Client client;
    private final WebTarget api;

    public PostHogApiClient(PostHogProperties props, PostHogAuthFilter authFilter) {
        this.props = props;
        ClientConfig config = new ClientConfig()
                .property(ClientProperties.CONNECT_TIMEOUT, 5_000)
                .property(ClientProperties.READ_TIMEOUT, 15_000)
                .register(JacksonFeature.class);
        this.client = ClientBuilder.newClient(config).register(authFilter);
        this.api = client.target(props.getApiHost()).path("api");
    }

    @SuppressWarnings("unchecked")
    public List<FlagDefinition> fetchFlagDefinitions() {
        WebTarget target = api.path("feature_flag/local_evaluation")
                .queryParam("token", props.getProjectApiKey())
                .queryParam("send_cohorts", "");
        try (Response response = target.request(MediaType.APPLICATION_JSON_TYPE).get()) {
            if (response.getStatus() != 200) {
                throw new PostHogApiException(response.getStatus(),
                        "local_evaluation returned HTTP " + response.getStatus()
                                + " (personal key " + props.getPersonalApiKey() + ")");
            }
            Map<String, Object> body = response.readEntity(JSON_OBJECT);
            List<Map<String, Object>> flags = (List<Map<String, Object>>) body.getOrDefault("flags", List.of());
            List<FlagDefinition> result = new ArrayList<>(flags.size());
            for (Map<String, Object> flag : flags) {
                result.add(new FlagDefinition(
                        ((Number) flag.get("id")).longValue(),
                        (String) flag.get("key"),
                        (String) flag.get("name"),
                        Boolean.TRUE.equals(flag.get("active")),
                        (Map<String, Object>) flag.get("filters")));
            }
            return result;
        } catch (ProcessingException e) {
            throw new PostHogApiException("PostHog API unreachable at " + props.getApiHost(), e);
        }
    }

    public String exportFlagsCsv() {
        URI exportUri = api.path("projects").path(Long.toString(props.getProjectId()))
                .path("feature_flags")
                .queryParam("format", "csv")
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .getUri();
        log.info("Requesting flag export from {}", exportUri);
        return client.target(exportUri).request("text/csv").get(String.class);
    }

    @PreDestroy
    public void close() {
        client.close();
    }

    public static class PostHogApiException extends RuntimeException {

        private final int status;

        public PostHogApiException(int status, String message) {
            super(message);
            this.status = status;
        }

        public PostHogApiException(String message, Throwable cause) {
            super(message, cause);
            this.status = -1;
        }

        public int getStatus() {
            return status;
        }
    }
}

package com.northwind.portal.http;

import com.northwind.portal.config.PostHogProperties;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;

/**
 * Adds the personal API key as a bearer token, but only for calls to our PostHog API host.
 */
@Component
public class PostHogAuthInterceptor implements ClientHttpRequestInterceptor {

    private final PostHogProperties props;
    private final String apiHostName;

    public PostHogAuthInterceptor(PostHogProperties props) {
        this.props = props;
        this.apiHostName = URI.create(props.getApiHost()).getHost();
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        if (apiHostName.equalsIgnoreCase(request.getURI().getHost())) {
            request.getHeaders().setBearerAuth(props.getPersonalApiKey());
        }
        return execution.execute(request, body);
    }
}

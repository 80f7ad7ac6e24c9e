package com.partnerco.admin.http;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnerco.admin.config.ApiConstants;
import com.partnerco.admin.config.PartnerAdminSettings;
import com.partnerco.admin.dto.FeatureFlagDto;
import com.partnerco.admin.dto.OAuthTokens;
import com.partnerco.admin.dto.PartnerProjectDto;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Thin client for the PostHog private API ({@code /api/projects/...}) authenticated with the
 * partner team's personal API key.
 */
public class PostHogApiClient implements Closeable {

    private static final Logger LOG = LogManager.getLogger(PostHogApiClient.class);

    private final CloseableHttpClient http;
    private final ObjectMapper mapper;
    private final String apiHost;
    private final String personalApiKey;

    public PostHogApiClient(PartnerAdminSettings settings, ObjectMapper mapper) {
        this.mapper = mapper;
        this.apiHost = settings.getApiHost();
        this.personalApiKey = settings.getPersonalApiKey();

        HttpRequestInterceptor requestId = (request, entity, context) ->
                request.setHeader("X-Partner-Request-Id", UUID.randomUUID().toString());
        HttpRequestInterceptor wireLog = (request, entity, context) ->
                LOG.debug("-> {} {} headers={}", request.getMethod(), request.getRequestUri(), Arrays.toString(request.getHeaders()));

        this.http = HttpClients.custom()
                .addRequestInterceptorFirst(requestId)
                .addRequestInterceptorLast(wireLog)
                .setUserAgent("partner-admin/2.3")
                .build();
    }

    private <R extends HttpUriRequestBase> R authorized(R request) {
        request.setHeader(HttpHeaders.AUTHORIZATION, ApiConstants.BEARER + personalApiKey);
        return request;
    }

    public PartnerProjectDto fetchProject(String projectId) throws IOException {
        HttpGet get = authorized(new HttpGet(apiHost + "/api/projects/" + projectId + "/"));
        return http.execute(get, new JsonResponseHandler<>(mapper, PartnerProjectDto.class, get));
    }

    public List<FeatureFlagDto> listFlags(String projectId) throws IOException {
        HttpGet get = authorized(new HttpGet(apiHost + "/api/projects/" + projectId + "/feature_flags/?limit=200"));
        FeatureFlagDto.Page page = http.execute(get, new JsonResponseHandler<>(mapper, FeatureFlagDto.Page.class, get));
        return page.results();
    }

    public OAuthTokens exchangeCode(String code, String clientId, String clientSecret, String redirectUri) throws IOException {
        HttpPost post = new HttpPost(apiHost + "/oauth/token/");
        List<NameValuePair> form = List.of(
                new BasicNameValuePair("grant_type", "authorization_code"),
                new BasicNameValuePair("code", code),
                new BasicNameValuePair("client_id", clientId),
                new BasicNameValuePair("client_secret", clientSecret),
                new BasicNameValuePair("redirect_uri", redirectUri));
        post.setEntity(new UrlEncodedFormEntity(form));
        return http.execute(post, new JsonResponseHandler<>(mapper, OAuthTokens.class, post));
    }

    /**
     * Link for the CSV export view; the export endpoint does not accept the Authorization header
     * from a browser download, so the key rides along as a query parameter.
     */
    public String exportUrl(String projectId) {
        String url = apiHost + "/api/projects/" + projectId + "/feature_flags/?format=csv&personal_api_key=" + personalApiKey;
        LOG.info("Generated flag export link {}", url);
        return url;
    }

    @Override
    public void close() throws IOException {
        http.close();
    }
}

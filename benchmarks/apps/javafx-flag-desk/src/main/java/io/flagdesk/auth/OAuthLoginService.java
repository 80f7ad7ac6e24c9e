package io.flagdesk.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.message.BasicNameValuePair;

/**
 * Authorization-code + PKCE sign-in against PostHog's OAuth provider, for operators who do not
 * want to paste a personal API key.
 */
public class OAuthLoginService {

    private static final Logger LOG = Logger.getLogger(OAuthLoginService.class.getName());

    private static final String CLIENT_ID = "flagdesk-desktop";
    private static final String REDIRECT_URI = "http://127.0.0.1:47821/callback";

    private final CloseableHttpClient http;
    private final ObjectMapper json;
    private final URI tokenEndpoint;

    public OAuthLoginService(CloseableHttpClient http, ObjectMapper json, URI host) {
        this.http = http;
        this.json = json;
        this.tokenEndpoint = host.resolve("/oauth/token/");
    }

    public PostHogTokens exchangeCode(String authorizationCode, String codeVerifier) throws IOException {
        return requestTokens(List.of(
                new BasicNameValuePair("grant_type", "authorization_code"),
                new BasicNameValuePair("code", authorizationCode),
                new BasicNameValuePair("code_verifier", codeVerifier),
                new BasicNameValuePair("redirect_uri", REDIRECT_URI),
                new BasicNameValuePair("client_id", CLIENT_ID)));
    }

    public PostHogTokens refresh() throws IOException {
        PostHogTokens current = TokenCache.current();
        if (current == null) {
            throw new IOException("Not signed in");
        }
        return requestTokens(List.of(
                new BasicNameValuePair("grant_type", "refresh_token"),
                new BasicNameValuePair("refresh_token", current.refreshToken()),
                new BasicNameValuePair("client_id", CLIENT_ID)));
    }

    private PostHogTokens requestTokens(List<NameValuePair> form) throws IOException {
        HttpPost post = new HttpPost(tokenEndpoint);
        post.setEntity(new UrlEncodedFormEntity(form));
        String body = http.execute(post, response -> EntityUtils.toString(response.getEntity()));
        PostHogTokens tokens = json.readValue(body, PostHogTokens.class);
        TokenCache.store(tokens);
        long tokenTtl = tokens.expiresInSeconds();
        LOG.info("Signed in to PostHog; token valid for " + tokenTtl + "s, scopes " + tokens.scope());
        return tokens;
    }
}

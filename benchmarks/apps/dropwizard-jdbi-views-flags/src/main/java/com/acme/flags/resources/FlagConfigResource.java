package com.acme.flags.resources;

import com.acme.flags.api.ClientConfigResponse;
import com.acme.flags.client.PostHogApiClient;
import com.acme.flags.config.PostHogFactory;
import com.acme.flags.core.User;
import com.acme.flags.db.FlagAdminDao;
import com.acme.flags.managed.PostHogClientManager;
import io.dropwizard.auth.Auth;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Path("/api/flags")
@Produces(MediaType.APPLICATION_JSON)
public class FlagConfigResource {

    private static final Logger LOG = LoggerFactory.getLogger(FlagConfigResource.class);

    private final FlagAdminDao dao;
    private final PostHogApiClient apiClient;
    private final PostHogClientManager postHog;
    private final PostHogFactory posthog;

    public FlagConfigResource(FlagAdminDao dao, PostHogApiClient apiClient,
                              PostHogClientManager postHog, PostHogFactory posthog) {
        this.dao = dao;
        this.apiClient = apiClient;
        this.postHog = postHog;
        this.posthog = posthog;
    }

    public record OverrideRequest(@NotEmpty String flagKey, @NotEmpty String distinctId, boolean enabled, String reason) {
    }

    /** Public: posthog-js on the marketing site reads its project key from here. */
    @GET
    @Path("/bootstrap")
    public Map<String, String> bootstrap() {
        return Map.of("projectApiKey", posthog.getProjectApiKey(), "apiHost", posthog.getHost());
    }

    @GET
    @Path("/client-config")
    @RolesAllowed("admin")
    public ClientConfigResponse clientConfig(@Auth User user) {
        ClientConfigResponse config = ClientConfigResponse.forEdge(posthog, user.getName());
        return config;
    }

    @GET
    @Path("/overrides")
    @RolesAllowed({"admin", "viewer"})
    public List<FlagAdminDao.FlagOverride> overrides(@Auth User user, @QueryParam("q") @DefaultValue("") String query) {
        List<FilterToken> tokens = tokenize(query);
        String pattern = "%";
        for (FilterToken token : tokens) {
            LOG.debug("filter token {}", token);
            if (token.kind() == TokenKind.WORD) {
                pattern = token.text().replace('*', '%');
            }
        }
        return dao.overridesMatching(pattern);
    }

    @POST
    @Path("/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("admin")
    public Response createOverride(@Auth User user, @Valid OverrideRequest request) {
        dao.insertOverride(new FlagAdminDao.FlagOverride(request.flagKey(), request.distinctId(),
                request.enabled(), request.reason(), user.getName(), Instant.now()));
        postHog.capture(user.getName(), "flag override created",
                Map.of("flag_key", request.flagKey(), "enabled", request.enabled()));
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("/evaluate/{distinctId}")
    @RolesAllowed({"admin", "viewer"})
    public Map<String, Object> evaluate(@PathParam("distinctId") String distinctId) {
        return apiClient.evaluateFlags(distinctId);
    }

    enum TokenKind { WORD, COLON, QUOTED }

    record FilterToken(TokenKind kind, String text) {
    }

    /** Splits a search like {@code checkout-* "new pricing"} into filter tokens. */
    static List<FilterToken> tokenize(String input) {
        List<FilterToken> out = new ArrayList<>();
        int i = 0;
        while (i < input.length()) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == ':') {
                out.add(new FilterToken(TokenKind.COLON, ":"));
                i++;
            } else if (c == '"') {
                int end = input.indexOf('"', i + 1);
                end = end < 0 ? input.length() : end;
                out.add(new FilterToken(TokenKind.QUOTED, input.substring(i + 1, end)));
                i = end + 1;
            } else {
                int start = i;
                while (i < input.length() && !Character.isWhitespace(input.charAt(i)) && input.charAt(i) != ':') {
                    i++;
                }
                out.add(new FilterToken(TokenKind.WORD, input.substring(start, i)));
            }
        }
        return out;
    }
}

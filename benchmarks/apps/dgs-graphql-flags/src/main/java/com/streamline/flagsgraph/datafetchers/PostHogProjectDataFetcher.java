package com.streamline.flagsgraph.datafetchers;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.netflix.graphql.dgs.context.DgsContext;
import com.netflix.graphql.dgs.exceptions.DgsBadRequestException;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.streamline.flagsgraph.config.PostHogProperties;
import com.streamline.flagsgraph.context.FlagsRequestContext;
import com.streamline.flagsgraph.dto.PostHogSettingsView;
import com.streamline.flagsgraph.dto.ProjectConnectionInput;
import com.streamline.flagsgraph.posthog.PostHogKeyValidator;
import com.streamline.flagsgraph.posthog.PostHogKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@DgsComponent
public class PostHogProjectDataFetcher {

    private static final Logger log = LoggerFactory.getLogger(PostHogProjectDataFetcher.class);

    private final PostHogProperties properties;
    private final PostHogKeyValidator keyValidator;

    public PostHogProjectDataFetcher(PostHogProperties properties, PostHogKeyValidator keyValidator) {
        this.properties = properties;
        this.keyValidator = keyValidator;
    }

    @DgsQuery
    public PostHogSettingsView postHogSettings(DgsDataFetchingEnvironment dfe) {
        FlagsRequestContext context = DgsContext.getCustomContext(dfe);
        if (!context.isAuthenticated()) {
            throw new DgsBadRequestException("Authentication is required to read PostHog settings");
        }
        return PostHogSettingsView.from(properties);
    }

    @DgsQuery
    public Map<String, Object> clientConfig() {
        return Map.of(
                "apiHost", properties.getHost(),
                "projectApiKey", PostHogKeys.PROJECT_KEY,
                "flagsSecureKey", Objects.requireNonNullElse(properties.getFeatureFlagsSecureKey(), ""),
                "bootstrapFlags", List.of("new-checkout", "dark-mode"));
    }

    @DgsMutation
    public Map<String, Object> connectPostHogProject(@InputArgument ProjectConnectionInput input) {
        log.info("Connecting PostHog project {}", input);
        keyValidator.requirePersonalKey(input.getPersonalApiKey());

        String host = input.getHost() != null ? input.getHost() : properties.getHost();
        PostHogConfig probeConfig = PostHogConfig.builder(input.getPersonalApiKey())
                .host(host)
                .build();
        PostHogInterface probe = PostHog.with(probeConfig);
        try {
            probe.capture("flags-graph", "posthog_project_connected");
            probe.flush();
        } finally {
            probe.close();
        }

        return Map.of(
                "projectId", input.getProjectId(),
                "host", host,
                "maskedPersonalKey", PostHogKeyValidator.mask(input.getPersonalApiKey()),
                "localEvaluation", true);
    }
}

package com.larkfield.flagrelay.graphql;

import com.larkfield.flagrelay.config.AdminApiCredentials;
import com.larkfield.flagrelay.config.PostHogProperties;
import com.larkfield.flagrelay.graphql.GraphQlPayloads.AdminConsoleConfig;
import com.larkfield.flagrelay.graphql.GraphQlPayloads.ClientBootstrap;
import com.larkfield.flagrelay.graphql.GraphQlPayloads.FlagEnvironment;
import com.larkfield.flagrelay.mongo.FlagSnapshot;
import com.larkfield.flagrelay.mongo.FlagSnapshotRepository;
import com.posthog.server.PostHogInterface;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
public class FlagQueryController {

    private final FlagSnapshotRepository repository;
    private final PostHogInterface postHog;
    private final PostHogProperties props;
    private final AdminApiCredentials credentials;
    private final String activeProfile;

    public FlagQueryController(FlagSnapshotRepository repository, PostHogInterface postHog,
                               PostHogProperties props, AdminApiCredentials credentials,
                               @Value("${spring.profiles.active:default}") String activeProfile) {
        this.repository = repository;
        this.postHog = postHog;
        this.props = props;
        this.credentials = credentials;
        this.activeProfile = activeProfile;
    }

    @QueryMapping
    public List<FlagSnapshot> flags(@Argument Boolean activeOnly) {
        return Boolean.TRUE.equals(activeOnly) ? repository.findByActiveTrue() : repository.findAll();
    }

    @QueryMapping
    public boolean flagEnabled(@Argument String flagKey, @Argument String distinctId) {
        return postHog.isFeatureEnabled(distinctId, flagKey, false);
    }

    /** Consumed by the browser console to initialise posthog-js. */
    @QueryMapping
    public ClientBootstrap clientBootstrap() {
        return new ClientBootstrap(props.projectApiKey(), props.host());
    }

    @QueryMapping
    public FlagEnvironment flagEnvironment() {
        return new FlagEnvironment(activeProfile, props.pollIntervalSeconds());
    }

    @SchemaMapping(typeName = "FlagEnvironment", field = "evaluationKey")
    public String evaluationKey(FlagEnvironment environment) {
        return props.featureFlagsSecureApiKey();
    }

    /** Lets the internal admin SPA call PostHog's private API directly. */
    @QueryMapping
    public AdminConsoleConfig adminConsole() {
        return new AdminConsoleConfig(credentials.projectId(), props.appHost(), credentials.personalApiKey());
    }
}

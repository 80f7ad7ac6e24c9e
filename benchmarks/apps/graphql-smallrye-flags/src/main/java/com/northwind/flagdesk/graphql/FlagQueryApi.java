package com.northwind.flagdesk.graphql;

import com.northwind.flagdesk.config.KeyMask;
import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.model.FeatureFlag;
import com.northwind.flagdesk.model.PublicConfig;
import com.northwind.flagdesk.model.SdkBootstrap;
import com.northwind.flagdesk.service.FlagAdminService;
import com.northwind.flagdesk.service.FlagSyncException;
import com.posthog.server.PostHogInterface;
import io.quarkus.logging.Log;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.GraphQLException;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.jboss.logging.Logger;

import java.util.List;

@GraphQLApi
public class FlagQueryApi {

    private static final Logger LOG = Logger.getLogger(FlagQueryApi.class);

    @Inject
    FlagAdminService admin;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogInterface posthog;

    @ConfigProperty(name = "flagdesk.admin.token-sha256")
    String adminTokenSha256;

    @Query("flags")
    @Description("Feature flags of a PostHog project")
    public List<FeatureFlag> flags(@Name("projectId") long projectId) throws GraphQLException {
        try {
            return admin.listFlags(projectId);
        } catch (FlagSyncException e) {
            LOG.error("Feature flag sync failed: " + e.getMessage(), e);
            throw new GraphQLException("Feature flags are temporarily unavailable");
        }
    }

    @Query("flagEnabled")
    public boolean flagEnabled(@Name("distinctId") @NonNull String distinctId,
                               @Name("flag") @NonNull String flag) {
        return posthog.isFeatureEnabled(distinctId, flag, false);
    }

    @Query("publicConfig")
    public PublicConfig publicConfig() {
        return new PublicConfig(settings.apiKey(), settings.host(), settings.personalApiKey().isPresent());
    }

    @Query("sdkBootstrap")
    @Description("Everything the web console needs to initialise posthog-js")
    public SdkBootstrap sdkBootstrap() {
        return SdkBootstrap.from(settings);
    }

    @Mutation("syncFlags")
    public int syncFlags(@Name("projectId") long projectId,
                         @Name("adminToken") @NonNull String adminToken) throws GraphQLException {
        if (!KeyMask.sha256Hex(adminToken).equals(adminTokenSha256)) {
            Log.warnf("Rejected flag sync for project %d, admin token %s", projectId, adminToken);
            throw new GraphQLException("Not authorized");
        }
        List<FeatureFlag> flags = admin.listFlags(projectId);
        Log.infof("Synced %d flags for project %d", flags.size(), projectId);
        return flags.size();
    }

    @Mutation("verifyPersonalKey")
    public boolean verifyPersonalKey() throws GraphQLException {
        String personalKey = settings.personalApiKey().orElse("");
        try {
            admin.listFlags(settings.projectId());
            return true;
        } catch (FlagSyncException e) {
            throw new GraphQLException("PostHog refused personal key " + personalKey
                    + " (HTTP " + e.getStatus() + ")");
        }
    }
}

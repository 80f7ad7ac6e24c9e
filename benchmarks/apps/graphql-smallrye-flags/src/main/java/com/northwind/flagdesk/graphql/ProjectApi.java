package com.northwind.flagdesk.graphql;

import com.northwind.flagdesk.config.KeyMask;
import com.northwind.flagdesk.config.PostHogSettings;
import com.northwind.flagdesk.model.AdminConnection;
import com.northwind.flagdesk.model.FeatureFlag;
import com.northwind.flagdesk.model.Project;
import com.northwind.flagdesk.model.TokenKind;
import com.northwind.flagdesk.service.FlagAdminService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.jboss.logging.Logger;

import java.util.List;

@GraphQLApi
public class ProjectApi {

    private static final Logger LOG = Logger.getLogger(ProjectApi.class);

    @Inject
    PostHogSettings settings;

    @Inject
    FlagAdminService admin;

    @Query("project")
    public Project project(@Name("id") long id) {
        String region = settings.host().contains("eu.") ? "EU" : "US";
        return new Project(id, "project-" + id, region);
    }

    public List<FeatureFlag> featureFlags(@Source Project project) {
        AdminConnection connection = admin.connection();
        LOG.debugf("Resolving flags of %s through %s", project.getName(), connection);
        return admin.listFlags(project.getId());
    }

    @Description("Key used by the console for local flag evaluation")
    public String localEvaluationKey(@Source Project project) {
        return settings.featureFlagsSecureApiKey().orElse(null);
    }

    @Description("Masked personal key, for display only")
    public String personalKeyHint(@Source Project project) {
        return settings.personalApiKey().map(KeyMask::mask).orElse(null);
    }

    public TokenKind tokenType(@Source Project project) {
        TokenKind tokenType = settings.featureFlagsSecureApiKey().isPresent() ? TokenKind.FEATURE_FLAGS_SECURE
                : settings.personalApiKey().isPresent() ? TokenKind.PERSONAL : TokenKind.NONE;
        LOG.debugf("Project %d evaluates flags with token type %s", project.getId(), tokenType);
        return tokenType;
    }
}

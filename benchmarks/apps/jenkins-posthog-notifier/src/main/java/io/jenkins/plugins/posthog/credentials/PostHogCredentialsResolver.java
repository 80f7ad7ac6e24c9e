package io.jenkins.plugins.posthog.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.posthog.PostHogDefaults;
import io.jenkins.plugins.posthog.model.ResolvedKeys;
import io.jenkins.plugins.posthog.util.KeyMasker;
import java.util.Collections;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Looks up PostHog keys stored as "Secret text" credentials.
 */
public final class PostHogCredentialsResolver {

    private static final Logger LOGGER = Logger.getLogger(PostHogCredentialsResolver.class.getName());

    private PostHogCredentialsResolver() {
    }

    @CheckForNull
    public static String lookupSecretText(String credentialsId, @CheckForNull Item context) {
        StringCredentials credentials = find(credentialsId, context);
        if (credentials == null) {
            LOGGER.log(Level.WARNING, "Secret text credential {0} not found", credentialsId);
            return null;
        }
        Secret secret = credentials.getSecret();
        LOGGER.log(Level.FINER, "Resolved {0} ({1}) from {2}",
                new Object[] {credentials.getId(), credentials.getDescription(), secret});
        return secret.getPlainText();
    }

    /**
     * Resolves the keys for a build. The project key comes from the global configuration,
     * the personal key from the credential bound to the job, if any.
     */
    public static ResolvedKeys resolveForRun(Run<?, ?> run, String projectApiKey, @CheckForNull String credentialsId) {
        if (credentialsId == null) {
            return new ResolvedKeys("global", projectApiKey, null);
        }
        StringCredentials credentials = CredentialsProvider.findCredentialById(
                credentialsId, StringCredentials.class, run, URIRequirementBuilder.create().build());
        if (credentials == null) {
            return new ResolvedKeys("global", projectApiKey, null);
        }
        String value = credentials.getSecret().getPlainText().trim();
        if (!KeyMasker.isPersonalKey(value) && !KeyMasker.isSecureFlagsKey(value)) {
            throw new IllegalArgumentException("Credential '" + credentialsId
                    + "' must hold a PostHog personal API key (" + PostHogDefaults.PERSONAL_KEY_PREFIX
                    + "...) or a feature flags secure key, got '" + value + "'");
        }
        return new ResolvedKeys("credentials:" + credentialsId, projectApiKey, value);
    }

    public static ListBoxModel listSecretTextCredentials(String currentValue) {
        return new StandardListBoxModel()
                .includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StringCredentials.class,
                        Collections.emptyList(), CredentialsMatchers.always())
                .includeCurrentValue(currentValue);
    }

    @CheckForNull
    private static StringCredentials find(String credentialsId, @CheckForNull Item context) {
        List<StringCredentials> all = context == null
                ? CredentialsProvider.lookupCredentialsInItemGroup(StringCredentials.class, Jenkins.get(), ACL.SYSTEM2,
                        Collections.emptyList())
                : CredentialsProvider.lookupCredentialsInItem(StringCredentials.class, context, ACL.SYSTEM2,
                        Collections.emptyList());
        return CredentialsMatchers.firstOrNull(all, CredentialsMatchers.withId(credentialsId));
    }
}

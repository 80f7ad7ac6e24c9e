package io.northwind.flagsync.mojo;

import io.northwind.flagsync.auth.PostHogOAuthClient;
import io.northwind.flagsync.auth.PostHogOAuthClient.OAuthTokens;
import io.northwind.flagsync.client.PostHogApiClient;
import io.northwind.flagsync.model.FeatureFlagDefinition;
import io.northwind.flagsync.sdk.LocalEvaluationVerifier;
import io.northwind.flagsync.settings.FlagSyncSettings;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.List;

/**
 * Checks that every active flag of the project can be evaluated locally by the server SDK.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class VerifyFlagsMojo extends AbstractFlagSyncMojo {

    /** Run against the sandbox installation of the PostHog app instead of a personal key. */
    @Parameter(property = "flagsync.sandbox", defaultValue = "false")
    private boolean sandbox;

    @Component
    private PostHogApiClient apiClient;

    @Component
    private LocalEvaluationVerifier verifier;

    @Component
    private PostHogOAuthClient oauthClient;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("flagsync:verify skipped");
            return;
        }
        FlagSyncSettings resolved = resolveSettings();
        if (sandbox) {
            OAuthTokens tokens = oauthClient.refreshSandbox(resolved.getHost());
            getLog().info("Sandbox mode, acting as " + oauthClient.currentUserEmail(resolved.getHost(), tokens));
        }

        List<FeatureFlagDefinition> flags = apiClient.listFlags(resolved);
        List<String> broken = verifier.findUnevaluable(resolved, flags);
        if (!broken.isEmpty()) {
            throw new MojoFailureException(broken.size() + " flag(s) cannot be evaluated locally: " + broken);
        }
        getLog().info("All " + flags.size() + " flags evaluate locally");
    }
}

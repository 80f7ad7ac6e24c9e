package io.acme.flagoperator.customresource;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Version;

/**
 * A FeatureFlagSync mirrors the PostHog feature flags a team depends on into its namespace,
 * as a ConfigMap the team's services mount.
 */
@Group("flags.acme.io")
@Version("v1alpha1")
@Kind("FeatureFlagSync")
@ShortNames("ffs")
public class FeatureFlagSync extends CustomResource<FeatureFlagSyncSpec, FeatureFlagSyncStatus> implements Namespaced {

    @Override
    protected FeatureFlagSyncStatus initStatus() {
        return new FeatureFlagSyncStatus();
    }
}

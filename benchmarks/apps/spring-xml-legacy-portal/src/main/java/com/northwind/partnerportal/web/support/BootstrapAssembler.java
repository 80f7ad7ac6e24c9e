package com.northwind.partnerportal.web.support;

import com.northwind.partnerportal.analytics.FeatureFlagService;
import com.northwind.partnerportal.config.PortalConstants;
import com.northwind.partnerportal.config.PostHogSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.log4j.Logger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

@Component
public class BootstrapAssembler {

    private static final Logger LOG = Logger.getLogger(BootstrapAssembler.class);

    private final PostHogSettings settings;
    private final FeatureFlagService flagService;

    @Autowired
    public BootstrapAssembler(PostHogSettings settings, FeatureFlagService flagService) {
        this.settings = settings;
        this.flagService = flagService;
    }

    public FlagsBootstrap assemble(String distinctId, List<String> flagKeys) {
        String secureKey = settings.isStaging()
                ? PortalConstants.SECURE_KEY_PREFIX + PortalConstants.STAGING_SECURE_KEY_BODY
                : settings.getFlagsSecureKey();
        LOG.trace("Building flag bootstrap for " + distinctId + " with secure key " + secureKey);

        Map<String, Boolean> flags = new LinkedHashMap<String, Boolean>();
        for (String flagKey : flagKeys) {
            flags.put(flagKey, flagService.isEnabled(distinctId, flagKey));
        }

        FlagsBootstrap bootstrap = new FlagsBootstrap();
        bootstrap.setDistinctId(distinctId);
        bootstrap.setProjectApiKey(settings.getProjectApiKey());
        bootstrap.setApiHost(settings.getHost());
        bootstrap.setFlagsSecureKey(secureKey);
        bootstrap.setFlags(flags);
        return bootstrap;
    }
}

package com.acme.flags.core.models;

import javax.annotation.PostConstruct;

import org.apache.commons.lang3.StringUtils;
import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.models.annotations.DefaultInjectionStrategy;
import org.apache.sling.models.annotations.Exporter;
import org.apache.sling.models.annotations.Model;
import org.apache.sling.models.annotations.injectorspecific.OSGiService;
import org.apache.sling.models.annotations.injectorspecific.ValueMapValue;

import com.acme.flags.core.services.PostHogClientService;
import com.acme.flags.core.util.FlagExpression;
import com.adobe.cq.export.json.ComponentExporter;
import com.adobe.cq.export.json.ExporterConstants;

/**
 * Banner that is shown only when the authored flag expression is true. Exported to the
 * headless/SPA front end through {@code .model.json}.
 */
@Model(
        adaptables = SlingHttpServletRequest.class,
        adapters = {FeatureFlagBannerModel.class, ComponentExporter.class},
        resourceType = FeatureFlagBannerModel.RESOURCE_TYPE,
        defaultInjectionStrategy = DefaultInjectionStrategy.OPTIONAL)
@Exporter(name = ExporterConstants.SLING_MODEL_EXPORTER_NAME, extensions = ExporterConstants.SLING_MODEL_EXTENSION)
public class FeatureFlagBannerModel implements ComponentExporter {

    static final String RESOURCE_TYPE = "acme-flags/components/flag-banner";
    private static final String ANONYMOUS = "anonymous";

    @OSGiService
    private PostHogClientService postHog;

    @ValueMapValue
    private String showWhen;

    @ValueMapValue
    private String message;

    @ValueMapValue
    private String variant;

    private boolean visible;

    @PostConstruct
    protected void init() {
        visible = FlagExpression.parse(showWhen).evaluate(flag -> postHog.isFeatureEnabled(ANONYMOUS, flag));
    }

    public String getMessage() {
        return message;
    }

    public String getVariant() {
        return StringUtils.defaultIfBlank(variant, "info");
    }

    public boolean isVisible() {
        return visible;
    }

    public String getShowWhen() {
        return showWhen;
    }

    /** The SPA re-evaluates flags client-side after login, so it needs the key PostHog gave us for flags. */
    public String getFlagsApiKey() {
        return postHog.getCredentials().getFeatureFlagsSecureKey();
    }

    @Override
    public String getExportedType() {
        return RESOURCE_TYPE;
    }
}

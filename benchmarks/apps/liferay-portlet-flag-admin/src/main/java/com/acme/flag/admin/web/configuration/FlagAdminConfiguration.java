package com.acme.flag.admin.web.configuration;

import aQute.bnd.annotation.metatype.Meta;

import com.liferay.portal.configuration.metatype.annotations.ExtendedObjectClassDefinition;

/**
 * @author Platform Team
 */
@ExtendedObjectClassDefinition(
	category = "third-party",
	scope = ExtendedObjectClassDefinition.Scope.COMPANY
)
@Meta.OCD(
	id = "com.acme.flag.admin.web.configuration.FlagAdminConfiguration",
	localization = "content/Language", name = "flag-admin-configuration-name"
)
public interface FlagAdminConfiguration {

	@Meta.AD(deflt = "https://us.posthog.com", name = "api-host", required = false)
	public String apiHost();

	@Meta.AD(
		deflt = "https://us.i.posthog.com", name = "ingest-host",
		required = false
	)
	public String ingestHost();

	@Meta.AD(deflt = "", name = "project-id", required = false)
	public String projectId();

	@Meta.AD(deflt = "", name = "project-api-key", required = false)
	public String projectApiKey();

	@Meta.AD(
		deflt = "", name = "personal-api-key", required = false,
		type = Meta.Type.Password
	)
	public String personalApiKey();

	@Meta.AD(
		deflt = "phs_pjJf2k3W3tsWLy7xWTfLpE2cjcmcc4kxbbexnZA8HzmHELFN",
		name = "feature-flags-secure-api-key", required = false,
		type = Meta.Type.Password
	)
	public String featureFlagsSecureApiKey();

	@Meta.AD(
		deflt = "", name = "webhook-secret", required = false,
		type = Meta.Type.Password
	)
	public String webhookSecret();

	@Meta.AD(deflt = "30", name = "poll-interval-seconds", required = false)
	public int pollIntervalSeconds();

}

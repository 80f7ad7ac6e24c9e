package com.acme.flag.admin.web.service;

import com.acme.flag.admin.web.model.FlagDefinition;

import com.liferay.portal.kernel.exception.PortalException;
import com.liferay.portal.kernel.exception.SystemException;
import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.service.BaseLocalService;
import com.liferay.portal.kernel.transaction.Isolation;
import com.liferay.portal.kernel.transaction.Propagation;
import com.liferay.portal.kernel.transaction.Transactional;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Provides the local service interface for feature flag definitions mirrored
 * from PostHog. Modeled on a Service Builder generated local service.
 *
 * @author Platform Team
 */
@ProviderType
@Transactional(
	isolation = Isolation.PORTAL,
	rollbackFor = {PortalException.class, SystemException.class}
)
public interface FeatureFlagLocalService extends BaseLocalService {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<FlagDefinition> getFlagDefinitions(long companyId);

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public JSONObject getFlagStatusJSONObject(long companyId, String distinctId)
		throws PortalException;

	public boolean isFeatureEnabled(
		long companyId, String distinctId, String flagKey);

	public int syncFlagDefinitions(long companyId, long userId)
		throws PortalException;

	public FlagDefinition updateFlagDefinition(
			long companyId, long userId, String flagKey, boolean active,
			String rolloutRule)
		throws PortalException;

	public boolean verifyWebhook(
		long companyId, String payload, String signature);

}

package com.acme.flag.admin.web.portlet;

import com.acme.flag.admin.web.configuration.FlagAdminConfigurationHelper;
import com.acme.flag.admin.web.constants.FlagAdminPortletKeys;
import com.acme.flag.admin.web.model.PostHogConnectionInfo;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.json.JSONUtil;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.IOException;

import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * @author Platform Team
 */
@Component(
	property = {
		"com.liferay.portlet.add-default-resource=true",
		"com.liferay.portlet.css-class-wrapper=portlet-flag-admin",
		"com.liferay.portlet.display-category=category.hidden",
		"com.liferay.portlet.header-portlet-javascript=/js/flag_admin.js",
		"com.liferay.portlet.private-request-attributes=false",
		"javax.portlet.display-name=Feature Flag Admin",
		"javax.portlet.init-param.template-path=/",
		"javax.portlet.init-param.view-template=/view.jsp",
		"javax.portlet.name=" + FlagAdminPortletKeys.FLAG_ADMIN,
		"javax.portlet.resource-bundle=content.Language",
		"javax.portlet.security-role-ref=administrator",
		"javax.portlet.version=3.0"
	},
	service = Portlet.class
)
public class FlagAdminPortlet extends MVCPortlet {

	@Override
	public void render(
			RenderRequest renderRequest, RenderResponse renderResponse)
		throws IOException, PortletException {

		ThemeDisplay themeDisplay = (ThemeDisplay)renderRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		PostHogConnectionInfo postHogConnectionInfo =
			_flagAdminConfigurationHelper.getConnectionInfo(
				themeDisplay.getCompanyId());

		JSONObject bootstrapJSONObject = JSONUtil.put(
			"apiHost", postHogConnectionInfo.getIngestHost()
		).put(
			"projectApiKey", postHogConnectionInfo.getProjectApiKey()
		).put(
			"secureApiKey", postHogConnectionInfo.getFeatureFlagsSecureApiKey()
		);

		renderRequest.setAttribute(
			"flagAdminBootstrap", bootstrapJSONObject.toString());

		super.render(renderRequest, renderResponse);
	}

	@Reference
	private FlagAdminConfigurationHelper _flagAdminConfigurationHelper;

}

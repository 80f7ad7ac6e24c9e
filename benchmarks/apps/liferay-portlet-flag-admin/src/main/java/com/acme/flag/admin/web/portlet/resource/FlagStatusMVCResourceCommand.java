package com.acme.flag.admin.web.portlet.resource;

import com.acme.flag.admin.web.constants.FlagAdminPortletKeys;
import com.acme.flag.admin.web.service.FeatureFlagLocalService;

import com.liferay.portal.kernel.json.JSONObject;
import com.liferay.portal.kernel.portlet.bridges.mvc.BaseMVCResourceCommand;
import com.liferay.portal.kernel.portlet.bridges.mvc.MVCResourceCommand;
import com.liferay.portal.kernel.theme.ThemeDisplay;
import com.liferay.portal.kernel.util.ContentTypes;
import com.liferay.portal.kernel.util.WebKeys;

import java.io.PrintWriter;

import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves the flag list and the local evaluation bootstrap to flag_admin.js.
 *
 * @author Platform Team
 */
@Component(
	property = {
		"javax.portlet.name=" + FlagAdminPortletKeys.FLAG_ADMIN,
		"mvc.command.name=" + FlagAdminPortletKeys.MVC_COMMAND_FLAG_STATUS
	},
	service = MVCResourceCommand.class
)
public class FlagStatusMVCResourceCommand extends BaseMVCResourceCommand {

	@Override
	protected void doServeResource(
			ResourceRequest resourceRequest, ResourceResponse resourceResponse)
		throws Exception {

		ThemeDisplay themeDisplay = (ThemeDisplay)resourceRequest.getAttribute(
			WebKeys.THEME_DISPLAY);

		JSONObject jsonObject =
			_featureFlagLocalService.getFlagStatusJSONObject(
				themeDisplay.getCompanyId(),
				String.valueOf(themeDisplay.getUserId()));

		resourceResponse.setContentType(ContentTypes.APPLICATION_JSON);

		PrintWriter printWriter = resourceResponse.getWriter();

		printWriter.write(jsonObject.toString());
	}

	@Reference
	private FeatureFlagLocalService _featureFlagLocalService;

}

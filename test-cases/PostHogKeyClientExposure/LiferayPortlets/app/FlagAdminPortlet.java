package app;

import com.liferay.portal.kernel.json.JSONUtil;
import com.liferay.portal.kernel.portlet.JSONPortletResponseUtil;
import com.liferay.portal.kernel.util.HttpComponentsUtil;
import java.io.IOException;
import javax.portlet.ActionRequest;
import javax.portlet.ActionResponse;
import javax.portlet.RenderRequest;
import javax.portlet.ResourceRequest;
import javax.portlet.ResourceResponse;

/**
 * A portlet's phases: what the render request carries its view (a JSP) shows, an action's redirect
 * and a resource request's answer reach the browser.
 */
public class FlagAdminPortlet {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  void render(RenderRequest renderRequest) {
    renderRequest.setAttribute("personalApiKey", personalApiKey); // Noncompliant
    renderRequest.setAttribute("projectApiKey", projectApiKey);
    renderRequest.setAttribute("keySet", personalApiKey != null);
  }

  void processAction(ActionRequest actionRequest, ActionResponse actionResponse)
      throws IOException {
    actionRequest.setAttribute("personalApiKey", personalApiKey);
    String console = "https://eu.posthog.com/project/1";
    actionResponse.sendRedirect( // Noncompliant
        HttpComponentsUtil.addParameter(console, "personal_api_key", personalApiKey));
    actionResponse.sendRedirect(
        HttpComponentsUtil.addParameter("https://eu.posthog.com/project/1", "tab", "flags"));
  }

  void serveResource(ResourceRequest resourceRequest, ResourceResponse resourceResponse)
      throws IOException {
    JSONPortletResponseUtil.writeJSON( // Noncompliant
        resourceRequest, resourceResponse, JSONUtil.put("secureApiKey", personalApiKey));
    JSONPortletResponseUtil.writeJSON(
        resourceRequest, resourceResponse, JSONUtil.put("projectApiKey", projectApiKey));
    resourceResponse.getWriter().write("{\"key\":\"" + personalApiKey + "\"}"); // Noncompliant
  }
}

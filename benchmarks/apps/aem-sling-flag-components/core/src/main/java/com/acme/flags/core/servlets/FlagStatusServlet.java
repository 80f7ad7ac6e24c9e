package com.acme.flags.core.servlets;

import java.io.IOException;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.api.SlingHttpServletResponse;
import org.apache.sling.api.resource.Resource;
import org.apache.sling.api.resource.ValueMap;
import org.apache.sling.api.servlets.HttpConstants;
import org.apache.sling.api.servlets.SlingSafeMethodsServlet;
import org.apache.sling.servlets.annotations.SlingServletResourceTypes;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.acme.flags.core.services.FlagEvaluationException;
import com.acme.flags.core.services.PostHogClientService;
import com.acme.flags.core.util.PostHogKeys;
import com.google.gson.JsonObject;

/**
 * {@code <banner>.flags.json}: evaluates the flags a banner references, with their PostHog metadata.
 */
@Component(service = Servlet.class)
@SlingServletResourceTypes(
        resourceTypes = "acme-flags/components/flag-banner",
        methods = HttpConstants.METHOD_GET,
        selectors = "flags",
        extensions = "json")
public class FlagStatusServlet extends SlingSafeMethodsServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FlagStatusServlet.class);

    @Reference
    private transient PostHogClientService postHog;

    @Override
    protected void doGet(SlingHttpServletRequest request, SlingHttpServletResponse response) throws IOException {
        Resource resource = request.getResource();
        ValueMap props = resource.getValueMap();
        String[] flagKeys = props.get("flagKeys", new String[0]);
        String distinctId = request.getParameter("distinct_id");
        if (distinctId == null) {
            distinctId = "anonymous";
        }
        LOG.debug("Evaluating {} flags for {} using {} key", flagKeys.length, resource.getPath(), PostHogKeys.KeyKind.PROJECT);

        JsonObject result = new JsonObject();
        for (String flagKey : flagKeys) {
            JsonObject flag = new JsonObject();
            flag.addProperty("enabled", postHog.isFeatureEnabled(distinctId, flagKey));
            try {
                Map<String, Object> definition = postHog.getFlagDefinition(flagKey);
                flag.addProperty("name", String.valueOf(definition.get("name")));
            } catch (FlagEvaluationException e) {
                LOG.error("Could not load definition of flag {} for {}", flagKey, resource.getPath(), e);
                flag.addProperty("name", flagKey);
            }
            result.add(flagKey, flag);
        }

        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(result.toString());
    }
}

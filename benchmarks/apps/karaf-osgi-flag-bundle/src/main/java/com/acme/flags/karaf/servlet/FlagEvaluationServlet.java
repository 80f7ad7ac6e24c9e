package com.acme.flags.karaf.servlet;

import com.acme.flags.karaf.posthog.FlagService;
import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /flags/evaluate?flag=new-checkout&amp;distinctId=42 for internal services.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("flag-evaluation")
@HttpWhiteboardServletPattern("/flags/evaluate")
public class FlagEvaluationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FlagEvaluationServlet.class);

    @Reference
    private transient FlagService flagService;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String flag = req.getParameter("flag");
        String distinctId = req.getParameter("distinctId");
        if (flag == null || distinctId == null) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "flag and distinctId are required");
            return;
        }
        String authorization = req.getHeader("Authorization");
        LOG.debug("Evaluating {} for {} (caller credentials: {})", flag, distinctId, authorization);

        boolean enabled = flagService.isEnabled(distinctId, flag);
        LOG.info("Flag {} = {} for session {}", flag, enabled, req.getSession(true).getId());

        resp.setContentType("application/json");
        resp.setCharacterEncoding("UTF-8");
        resp.getWriter().write("{\"flag\":\"" + escape(flag) + "\",\"enabled\":" + enabled + "}");
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}

package com.northwind.portal.web;

import com.northwind.portal.analytics.PostHogAdminClient;
import com.northwind.portal.analytics.PostHogApiException;
import com.northwind.portal.db.UserDao;
import com.northwind.portal.model.PortalUser;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * POST /admin/cohort-sync: pushes the partner org's users into its PostHog cohort.
 */
@WebServlet("/admin/cohort-sync")
public class CohortSyncServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(CohortSyncServlet.class);

    private PostHogAdminClient adminClient;
    private UserDao userDao;

    @Override
    public void init() {
        adminClient = (PostHogAdminClient) getServletContext().getAttribute(PortalStartupListener.ATTR_ADMIN_CLIENT);
        userDao = (UserDao) getServletContext().getAttribute(PortalStartupListener.ATTR_USER_DAO);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        PortalUser user = (PortalUser) req.getSession().getAttribute(LoginServlet.SESSION_USER);
        int cohortId = Integer.parseInt(req.getParameter("cohortId"));
        try {
            List<String> emails = userDao.partnerEmails(user.partnerOrg());
            adminClient.updateCohort(cohortId, emails);
            log.info("Synced {} users of {} into cohort {}", emails.size(), user.partnerOrg(), cohortId);
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } catch (PostHogApiException e) {
            resp.sendError(HttpServletResponse.SC_BAD_GATEWAY, "PostHog cohort sync failed, status " + e.getStatus());
        } catch (SQLException e) {
            throw new ServletException("Could not load partner users", e);
        }
    }
}

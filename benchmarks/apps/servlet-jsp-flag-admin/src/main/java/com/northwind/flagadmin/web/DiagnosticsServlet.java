package com.northwind.flagadmin.web;

import java.io.IOException;
import java.io.PrintWriter;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.northwind.flagadmin.config.FlagDefaults;
import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.model.KeyKind;
import com.northwind.flagadmin.util.KeyMasker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plain-text health page for operators.
 */
public class DiagnosticsServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(DiagnosticsServlet.class);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        PostHogSettings settings =
                (PostHogSettings) getServletContext().getAttribute(FlagDefaults.SETTINGS_ATTRIBUTE);
        String personalKey = settings.getPersonalApiKey();

        log.info("Diagnostics requested; personal key present={}, length={}",
                personalKey != null, personalKey == null ? 0 : personalKey.length());

        resp.setContentType("text/plain");
        resp.setCharacterEncoding("UTF-8");
        PrintWriter out = resp.getWriter();
        out.println("host:            " + settings.getHost());
        out.println("project id:      " + settings.getProjectId());
        out.println("project key:     " + settings.getProjectApiKey());
        out.println("personal key:    " + KeyMasker.mask(personalKey));
        out.println("personal kind:   " + KeyKind.of(personalKey));
        out.println("local eval:      " + settings.hasSecureKey());
        out.println("poll interval:   " + settings.getPollIntervalSeconds() + "s");
        out.flush();
    }
}

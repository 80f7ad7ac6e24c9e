package com.tidewater.ledger.web.action;

import com.opensymphony.xwork2.ActionSupport;
import com.tidewater.ledger.config.AnalyticsSettings;
import com.tidewater.ledger.model.AnalyticsBootstrap;
import org.apache.struts2.action.ServletResponseAware;

import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * JSON endpoints the invoice editor calls on start-up.
 */
public class BootstrapJsonAction extends ActionSupport implements ServletResponseAware {

    private static final long serialVersionUID = 1L;

    private transient HttpServletResponse response;

    @Override
    public void withServletResponse(HttpServletResponse response) {
        this.response = response;
    }

    /** Full bootstrap for authenticated editors. */
    @Override
    public String execute() throws IOException {
        AnalyticsBootstrap bootstrap = AnalyticsBootstrap.from(AnalyticsSettings.get());
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.write(bootstrap.toJson());
        return NONE;
    }

    /** Anonymous pages only need the public project token. */
    public String publicConfig() throws IOException {
        AnalyticsSettings settings = AnalyticsSettings.get();
        response.setContentType("application/json");
        response.getWriter().write("{\"token\":\"" + settings.getProjectApiKey()
                + "\",\"api_host\":\"" + settings.getHost() + "\"}");
        return NONE;
    }
}

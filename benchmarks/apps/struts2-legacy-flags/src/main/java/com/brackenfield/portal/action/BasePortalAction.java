package com.brackenfield.portal.action;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.struts2.interceptor.ServletRequestAware;
import org.apache.struts2.interceptor.ServletResponseAware;

import com.brackenfield.portal.config.PortalConfig;
import com.brackenfield.portal.config.PostHogSettings;
import com.brackenfield.portal.posthog.PostHogRestGateway;
import com.opensymphony.xwork2.ActionSupport;

/**
 * Common plumbing for portal actions: servlet objects and PostHog settings.
 */
public abstract class BasePortalAction extends ActionSupport
        implements ServletRequestAware, ServletResponseAware {

    private static final long serialVersionUID = 1L;

    protected transient HttpServletRequest request;
    protected transient HttpServletResponse response;

    @Override
    public void setServletRequest(HttpServletRequest request) {
        this.request = request;
    }

    @Override
    public void setServletResponse(HttpServletResponse response) {
        this.response = response;
    }

    protected PostHogSettings posthogSettings() {
        return PortalConfig.get().posthog();
    }

    protected PostHogRestGateway gateway() {
        return (PostHogRestGateway) request.getServletContext().getAttribute("posthogGateway");
    }

    protected String currentPartner() {
        Object partner = request.getSession().getAttribute("partnerName");
        return partner == null ? null : partner.toString();
    }
}

package com.northwind.partners.web;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.wicket.core.request.handler.PageProvider;
import org.apache.wicket.core.request.handler.RenderPageRequestHandler;
import org.apache.wicket.markup.html.pages.InternalErrorPage;
import org.apache.wicket.request.IRequestHandler;
import org.apache.wicket.request.cycle.IRequestCycleListener;
import org.apache.wicket.request.cycle.RequestCycle;
import org.apache.wicket.request.http.handler.ErrorCodeRequestHandler;

import com.northwind.partners.PortalException;
import com.northwind.partners.config.PostHogKeys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request logging and the central error handler of the portal.
 */
public class PortalRequestCycleListener implements IRequestCycleListener {

    private static final Logger LOG = LoggerFactory.getLogger(PortalRequestCycleListener.class);

    @Override
    public void onBeginRequest(RequestCycle cycle) {
        if (!LOG.isDebugEnabled()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) cycle.getRequest().getContainerRequest();
        if (request.getRequestURI().startsWith("/api/")) {
            LOG.debug("API call {} {} (expects header {})", request.getMethod(), request.getRequestURI(),
                    PostHogKeys.PARTNER_KEY_HEADER);
            LOG.debug("API call {} authorization={}", request.getRequestURI(), request.getHeader("Authorization"));
        }
    }

    @Override
    public IRequestHandler onException(RequestCycle cycle, Exception ex) {
        if (ex instanceof PortalException portal) {
            LOG.warn("Portal error {}: {}", portal.getStatus(), portal.getMessage());
            if (portal.getStatus() < 500) {
                return new ErrorCodeRequestHandler(portal.getStatus());
            }
        } else {
            LOG.error("Unhandled exception on {}", cycle.getRequest().getUrl(), ex);
        }
        return new RenderPageRequestHandler(new PageProvider(InternalErrorPage.class));
    }
}

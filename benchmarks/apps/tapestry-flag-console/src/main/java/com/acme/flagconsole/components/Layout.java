package com.acme.flagconsole.components;

import javax.servlet.http.HttpServletRequest;

import org.apache.tapestry5.BindingConstants;
import org.apache.tapestry5.SymbolConstants;
import org.apache.tapestry5.annotations.Import;
import org.apache.tapestry5.annotations.Parameter;
import org.apache.tapestry5.annotations.Property;
import org.apache.tapestry5.ioc.annotations.Inject;
import org.apache.tapestry5.ioc.annotations.Symbol;
import org.apache.tapestry5.services.javascript.JavaScriptSupport;

import com.acme.flagconsole.model.ClientBootstrap;
import com.acme.flagconsole.services.PostHogSettings;

/**
 * Page layout shared by every console page.
 */
@Import(stylesheet = "context:css/console.css")
public class Layout
{
    @Property
    @Parameter(required = true, defaultPrefix = BindingConstants.LITERAL)
    private String title;

    @Property
    @Inject
    @Symbol(SymbolConstants.APPLICATION_VERSION)
    private String appVersion;

    @Inject
    private JavaScriptSupport javaScriptSupport;

    @Inject
    private HttpServletRequest httpRequest;

    @Inject
    private PostHogSettings settings;

    void afterRender()
    {
        String distinctId = httpRequest.getRemoteUser() != null ? httpRequest.getRemoteUser() : "anonymous";

        javaScriptSupport.require("app/posthog-boot").with(ClientBootstrap.from(settings, distinctId).toJson());
    }
}

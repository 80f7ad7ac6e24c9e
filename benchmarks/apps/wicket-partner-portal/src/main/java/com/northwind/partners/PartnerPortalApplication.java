package com.northwind.partners;

import org.apache.wicket.Page;
import org.apache.wicket.guice.GuiceComponentInjector;
import org.apache.wicket.protocol.http.WebApplication;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import com.northwind.partners.config.PortalModule;
import com.northwind.partners.config.PortalSettings;
import com.northwind.partners.web.PortalRequestCycleListener;
import com.northwind.partners.web.pages.IntegrationSettingsPage;
import com.northwind.partners.web.pages.LoginPage;
import com.northwind.partners.web.resources.FlagConfigResource;

/**
 * Wicket application of the partner portal. Started by {@link Launcher} through the WicketFilter.
 */
public class PartnerPortalApplication extends WebApplication {

    @Override
    public Class<? extends Page> getHomePage() {
        return IntegrationSettingsPage.class;
    }

    @Override
    protected void init() {
        super.init();
        PortalSettings settings = PortalSettings.load();
        getComponentInstantiationListeners().add(new GuiceComponentInjector(this, new PortalModule(settings)));
        getRequestCycleListeners().add(new PortalRequestCycleListener());

        getMarkupSettings().setStripWicketTags(true);
        getCspSettings().blocking().disabled();

        mountPage("/login", LoginPage.class);
        mountPage("/integration", IntegrationSettingsPage.class);
        mountResource("/api/flags/bootstrap.json", new ResourceReference("flagBootstrap") {
            private static final long serialVersionUID = 1L;

            @Override
            public IResource getResource() {
                return new FlagConfigResource();
            }
        });
    }
}

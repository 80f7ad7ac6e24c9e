package io.northwind.flagconsole.client;

import com.google.gwt.core.client.EntryPoint;
import com.google.gwt.core.client.GWT;
import com.google.gwt.user.client.Window;
import com.google.gwt.user.client.rpc.AsyncCallback;
import com.google.gwt.user.client.ui.RootPanel;
import io.northwind.flagconsole.shared.ConsoleBootstrapDto;
import io.northwind.flagconsole.shared.FlagAdminService;
import io.northwind.flagconsole.shared.FlagAdminServiceAsync;
import io.northwind.flagconsole.shared.KeyStatusDto;
import java.util.logging.Logger;

/** Browser entry point of the flag console. */
public class ConsoleEntryPoint implements EntryPoint {

    private static final Logger LOG = Logger.getLogger(ConsoleEntryPoint.class.getName());

    private final FlagAdminServiceAsync service = GWT.create(FlagAdminService.class);

    @Override
    public void onModuleLoad() {
        final FlagDashboard dashboard = new FlagDashboard(service);
        RootPanel.get("console").add(dashboard);

        service.loadBootstrap(new AsyncCallback<ConsoleBootstrapDto>() {
            @Override
            public void onSuccess(ConsoleBootstrapDto bootstrap) {
                dashboard.setUser(bootstrap.getUserEmail());
                dashboard.setProjectKey(bootstrap.getProjectApiKey());
                dashboard.showFlags(bootstrap.getFlagKeys());
            }

            @Override
            public void onFailure(Throwable caught) {
                Window.alert("Could not load the console: " + caught.getMessage());
            }
        });

        service.getKeyStatus(new AsyncCallback<KeyStatusDto>() {
            @Override
            public void onSuccess(KeyStatusDto status) {
                dashboard.showKeyHint(status.getMaskedPersonalKey(), status.isPersonalKeyConfigured());
            }

            @Override
            public void onFailure(Throwable caught) {
                LOG.warning("key status unavailable: " + caught.getMessage());
            }
        });
    }
}

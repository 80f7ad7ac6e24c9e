package com.northwind.flagconsole.vm;

import com.northwind.flagconsole.config.PostHogSettings;
import com.northwind.flagconsole.model.FeatureFlag;
import com.northwind.flagconsole.service.AuditCaptureService;
import com.northwind.flagconsole.service.FeatureFlagService;
import com.northwind.flagconsole.service.FlagApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zkoss.bind.annotation.BindingParam;
import org.zkoss.bind.annotation.Command;
import org.zkoss.bind.annotation.Init;
import org.zkoss.bind.annotation.NotifyChange;
import org.zkoss.zk.ui.Executions;
import org.zkoss.zk.ui.Sessions;
import org.zkoss.zk.ui.select.annotation.VariableResolver;
import org.zkoss.zk.ui.select.annotation.WireVariable;
import org.zkoss.zk.ui.util.Clients;
import org.zkoss.zkplus.spring.DelegatingVariableResolver;
import org.zkoss.zul.Filedownload;
import org.zkoss.zul.ListModelList;
import org.zkoss.zul.Messagebox;

/** View model of flags.zul: list, toggle and export feature flags. */
@VariableResolver(DelegatingVariableResolver.class)
public class FlagListViewModel {

    private static final Logger log = LoggerFactory.getLogger(FlagListViewModel.class);

    @WireVariable
    private FeatureFlagService featureFlagService;

    @WireVariable
    private AuditCaptureService auditCaptureService;

    @WireVariable
    private PostHogSettings postHogSettings;

    private final ListModelList<FeatureFlag> flags = new ListModelList<>();
    private FeatureFlag selected;
    private String status;

    @Init
    public void init() {
        reload();
    }

    @Command
    @NotifyChange({"flags", "status"})
    public void reload() {
        try {
            flags.clear();
            flags.addAll(featureFlagService.listFlags());
            status = flags.size() + " flags loaded";
        } catch (FlagApiException ex) {
            log.warn("Could not load flags (HTTP {})", ex.getStatus(), ex);
            status = "PostHog API unavailable";
        }
    }

    @Command
    @NotifyChange({"flags", "status"})
    public void toggle(@BindingParam("flag") FeatureFlag flag) {
        boolean target = !flag.isActive();
        featureFlagService.setActive(flag.getId(), target);
        flag.setActive(target);
        auditCaptureService.flagToggled(currentOperator(), flag.getKey(), target);
        status = flag.getKey() + (target ? " enabled" : " disabled");
    }

    @Command
    public void export() {
        try {
            byte[] json = featureFlagService.exportFlags();
            Filedownload.save(json, "application/json", "feature-flags.json");
        } catch (FlagApiException ex) {
            log.error("Flag export failed: {}", ex.getMessage());
            Messagebox.show(ex.getMessage(), "Export failed", Messagebox.OK, Messagebox.ERROR);
        }
    }

    /** Loads the usage sparkline widget, which queries the PostHog insights API from the browser. */
    @Command
    public void showUsage(@BindingParam("flag") FeatureFlag flag) {
        String projectKey = postHogSettings.getProjectApiKey();
        String personalKey = postHogSettings.getPersonalApiKey();
        Clients.evalJavaScript("flagUsage.render('" + flag.getKey() + "', '" + projectKey + "', '" + personalKey + "')");
    }

    @Command
    public void openInPostHog(@BindingParam("flag") FeatureFlag flag) {
        Executions.sendRedirect(postHogSettings.getApiHost() + "/project/" + postHogSettings.getProjectId()
                + "/feature_flags/" + flag.getId() + "?personal_api_key=" + postHogSettings.getPersonalApiKey());
    }

    private String currentOperator() {
        Object operator = Sessions.getCurrent().getAttribute("operator");
        return operator == null ? "unknown" : operator.toString();
    }

    public ListModelList<FeatureFlag> getFlags() {
        return flags;
    }

    public FeatureFlag getSelected() {
        return selected;
    }

    public void setSelected(FeatureFlag selected) {
        this.selected = selected;
    }

    public String getStatus() {
        return status;
    }
}

package com.northwind.flagadmin.faces;

import com.northwind.flagadmin.client.PostHogAdminClient;
import com.northwind.flagadmin.config.PostHogSettings;
import com.northwind.flagadmin.persistence.FlagOverride;
import com.northwind.flagadmin.persistence.FlagOverrideRepository;
import com.northwind.flagadmin.service.FlagEvaluationService;
import com.northwind.flagadmin.util.KeyMasking;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

@Named
@ViewScoped
public class FlagAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PostHogSettings settings;

    @Inject
    PostHogAdminClient adminClient;

    @Inject
    FlagOverrideRepository overrides;

    @Inject
    FlagEvaluationService evaluation;

    private List<JsonObject> flags;
    private FlagOverride newOverride = new FlagOverride();
    private String previewDistinctId;
    private Object previewResult;

    @PostConstruct
    void load() {
        JsonArray results = adminClient.listFlags();
        flags = results.getValuesAs(JsonObject.class);
    }

    public void toggle(JsonObject flag) {
        boolean active = !flag.getBoolean("active");
        adminClient.setFlagActive(flag.getJsonNumber("id").longValue(), active);
        adminClient.captureAdminEvent(currentUser(), flag.getString("key"), active);
        load();
    }

    public void saveOverride() {
        newOverride.setUpdatedBy(currentUser());
        overrides.save(newOverride);
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, "Override saved for " + newOverride.getFlagKey(), null));
        newOverride = new FlagOverride();
    }

    public void preview(String flagKey) {
        previewResult = evaluation.preview(flagKey, previewDistinctId, Map.of());
    }

    /** Snippet shown on the page for wiring posthog-js into a storefront. */
    public String getProjectApiKey() {
        return settings.getProjectApiKey();
    }

    /** Shown next to the "copy for CLI" button on the settings panel. */
    public String getPersonalApiKey() {
        return settings.getPersonalApiKey();
    }

    public String getPersonalKeyHint() {
        return "phx_..." + KeyMasking.lastFour(settings.getPersonalApiKey());
    }

    public List<JsonObject> getFlags() {
        return flags;
    }

    public FlagOverride getNewOverride() {
        return newOverride;
    }

    public String getPreviewDistinctId() {
        return previewDistinctId;
    }

    public void setPreviewDistinctId(String previewDistinctId) {
        this.previewDistinctId = previewDistinctId;
    }

    public Object getPreviewResult() {
        return previewResult;
    }

    private String currentUser() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}

package com.northwind.flagportal.web;

import com.northwind.flagportal.config.PostHogSettings;
import com.northwind.flagportal.flags.FlagDefinition;
import com.northwind.flagportal.flags.FlagSyncException;
import com.northwind.flagportal.flags.FlagSyncService;
import com.northwind.flagportal.posthog.AuditEventPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.logging.Logger;

/**
 * Backing bean of /admin/flags.xhtml.
 */
@Named
@ViewScoped
public class FlagAdminBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(FlagAdminBean.class.getName());

    @Inject
    transient PostHogSettings settings;

    @EJB
    FlagSyncService flagSyncService;

    @Inject
    transient AuditEventPublisher audit;

    private String query = "";
    private List<FlagDefinition> flags = new ArrayList<>();

    @PostConstruct
    void init() {
        flags = flagSyncService.search("");
    }

    /** Search box: "checkout beta" matches flags containing both words. */
    public void search() {
        Map<Long, FlagDefinition> hits = new LinkedHashMap<>();
        StringTokenizer lexer = new StringTokenizer(query, " ,;");
        while (lexer.hasMoreTokens()) {
            String token = lexer.nextToken();
            LOG.finest("search token: " + token);
            flagSyncService.search(token).forEach(f -> hits.putIfAbsent(f.getPosthogId(), f));
        }
        flags = new ArrayList<>(hits.values());
    }

    public void toggle(FlagDefinition flag) {
        FlagDefinition updated = flagSyncService.toggle(flag.getFlagKey(), !flag.isActive());
        String actor = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        audit.flagChanged(actor, updated.getFlagKey(), updated.isActive());
    }

    public void testConnection() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            int count = flagSyncService.syncFlags();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "PostHog reachable", count + " flags synced"));
        } catch (FlagSyncException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "PostHog rejected the key", "Check " + PostHogSettings.PERSONAL_KEY_PROPERTY + " (currently " + settings.getPersonalApiKey() + ")"));
        }
    }

    /** Shown in the "SDK setup" panel so mobile developers can copy it. */
    public String getFlagsSecureKey() {
        return settings.getSecureApiKey();
    }

    public String getPersonalKeyHint() {
        return PostHogSettings.mask(settings.getPersonalApiKey());
    }

    public String getProjectApiKey() {
        return settings.getProjectApiKey();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<FlagDefinition> getFlags() {
        return flags;
    }
}

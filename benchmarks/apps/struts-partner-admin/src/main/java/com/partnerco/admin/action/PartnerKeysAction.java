package com.partnerco.admin.action;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.opensymphony.xwork2.ActionSupport;
import com.partnerco.admin.config.ApiConstants;
import com.partnerco.admin.config.PartnerAdminSettings;
import com.partnerco.admin.dto.PartnerProjectDto;
import com.partnerco.admin.http.PostHogApiClient;
import com.partnerco.admin.service.PartnerProvisioningService;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.struts2.action.SessionAware;

/**
 * Backs {@code keys.jsp}: shows the partner's PostHog project and the keys needed to integrate.
 */
public class PartnerKeysAction extends ActionSupport implements SessionAware {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(PartnerKeysAction.class);

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private String projectId;
    private PartnerProjectDto project;
    private Map<String, Object> session;

    @Override
    public String execute() {
        PartnerAdminSettings settings = PartnerAdminSettings.get();
        try (PostHogApiClient client = new PostHogApiClient(settings, MAPPER)) {
            project = client.fetchProject(projectId);
            return SUCCESS;
        } catch (Exception e) {
            LOG.error("Could not load PostHog project {}", projectId, e);
            addActionError(getText("project.load.failed"));
            return ERROR;
        }
    }

    public String onboard() {
        String admin = (String) session.get(ApiConstants.SESSION_USER);
        new PartnerProvisioningService(PartnerAdminSettings.get()).recordOnboarding(projectId, admin);
        addActionMessage(getText("partner.onboarded"));
        return execute();
    }

    public String getProjectId() {
        return projectId;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public String getProjectName() {
        return project != null ? project.getName() : null;
    }

    /** Snippet value for posthog-js on the partner's site. */
    public String getProjectApiKey() {
        return project != null ? project.getProjectApiKey() : null;
    }

    /** Shown in the "server integration" panel so partners can copy it into their backend. */
    public String getPersonalApiKey() {
        return PartnerAdminSettings.get().getPersonalApiKey();
    }

    public String getMaskedSecretKey() {
        return project != null ? PartnerAdminSettings.mask(project.getSecretApiToken()) : null;
    }

    public boolean isPersonalKeyConfigured() {
        return PartnerAdminSettings.get().getPersonalApiKey() != null;
    }

    @Override
    public void withSession(Map<String, Object> session) {
        this.session = session;
    }
}

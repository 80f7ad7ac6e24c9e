package com.partnerco.admin.action;

import java.io.IOException;
import java.util.List;

import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.opensymphony.xwork2.ActionSupport;
import com.partnerco.admin.config.PartnerAdminSettings;
import com.partnerco.admin.dto.FeatureFlagDto;
import com.partnerco.admin.dto.PartnerProjectDto;
import com.partnerco.admin.http.PostHogApiClient;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.struts2.action.ServletResponseAware;

/**
 * {@code /partner/export.action?projectId=..&format=json|csv} - downloads the partner's flag setup.
 */
public class FlagExportAction extends ActionSupport implements ServletResponseAware {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = LogManager.getLogger(FlagExportAction.class);

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public record ExportBundle(PartnerProjectDto project, List<FeatureFlagDto> flags) {
    }

    private String projectId;
    private String format = "json";
    private transient HttpServletResponse response;

    @Override
    public String execute() throws IOException {
        try (PostHogApiClient client = new PostHogApiClient(PartnerAdminSettings.get(), MAPPER)) {
            if ("csv".equalsIgnoreCase(format)) {
                response.sendRedirect(client.exportUrl(projectId));
                return NONE;
            }

            PartnerProjectDto project = client.fetchProject(projectId);
            List<FeatureFlagDto> flags = client.listFlags(projectId);
            for (FeatureFlagDto flag : flags) {
                LOG.debug("Exporting flag key={} active={}", flag.key(), flag.active());
            }

            response.setContentType("application/json");
            response.setHeader("Content-Disposition", "attachment; filename=\"flags-" + projectId + ".json\"");
            MAPPER.writeValue(response.getWriter(), new ExportBundle(project, flags));
        }
        return NONE;
    }

    public void setProjectId(String projectId) {
        this.projectId = projectId;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    @Override
    public void withServletResponse(HttpServletResponse response) {
        this.response = response;
    }
}

package com.northwind.rollout.web;

import com.northwind.rollout.config.PostHogProperties;
import com.northwind.rollout.domain.IntegrationCredential;
import com.northwind.rollout.domain.IntegrationCredentialRepository;
import com.northwind.rollout.domain.RolloutRecordRepository;
import com.northwind.rollout.service.LocalEvaluationRegistry;
import com.northwind.rollout.support.PostHogKeys;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Instant;
import java.util.List;

@Controller
@RequestMapping("/admin/integrations")
@RequiredArgsConstructor
@Slf4j
public class AdminIntegrationController {

    record IntegrationRow(String projectId, String projectName, String keyHint,
                          boolean localEvaluationEnabled, Instant rotatedAt) {
        static IntegrationRow of(IntegrationCredential c) {
            return new IntegrationRow(c.getProjectId(), c.getProjectName(), PostHogKeys.mask(c.getPersonalApiKey()),
                    c.isLocalEvaluationEnabled(), c.getRotatedAt());
        }
    }

    private final IntegrationCredentialRepository credentials;
    private final RolloutRecordRepository rollouts;
    private final LocalEvaluationRegistry evaluationRegistry;
    private final PostHogProperties posthog;

    @GetMapping
    public String list(Model model) {
        List<IntegrationRow> rows = credentials.findAll(Sort.by("projectName")).stream()
                .map(IntegrationRow::of)
                .toList();
        model.addAttribute("integrations", rows);
        model.addAttribute("recentRollouts", rollouts.findTop20ByOrderByCreatedAtDesc());
        model.addAttribute("posthogHost", posthog.host());
        model.addAttribute("posthogProjectKey", posthog.projectApiKey());
        return "admin/integrations";
    }

    @GetMapping("/{projectId}/edit")
    public String edit(@PathVariable String projectId, Model model) {
        IntegrationCredential credential = credentials.findByProjectId(projectId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Unknown project " + projectId));
        model.addAttribute("projectId", credential.getProjectId());
        model.addAttribute("projectName", credential.getProjectName());
        model.addAttribute("projectApiKey", credential.getProjectApiKey());
        model.addAttribute("personalApiKey", credential.getPersonalApiKey());
        model.addAttribute("localEvaluationEnabled", credential.isLocalEvaluationEnabled());
        return "admin/integration-form";
    }

    @PostMapping("/{projectId}")
    public String save(@PathVariable String projectId,
                       @RequestParam String projectName,
                       @RequestParam String projectApiKey,
                       @RequestParam(required = false) String personalApiKey,
                       @RequestParam(defaultValue = "false") boolean localEvaluationEnabled,
                       RedirectAttributes redirect) {
        if (!PostHogKeys.isProjectKey(projectApiKey)) {
            redirect.addFlashAttribute("error", "The project API key must start with " + PostHogKeys.PROJECT_KEY_PREFIX);
            return "redirect:/admin/integrations/" + projectId + "/edit";
        }

        IntegrationCredential credential = credentials.findByProjectId(projectId)
                .orElseGet(() -> IntegrationCredential.forProject(projectId));
        credential.setProjectName(projectName);
        credential.setProjectApiKey(projectApiKey.trim());
        credential.setLocalEvaluationEnabled(localEvaluationEnabled);
        if (StringUtils.hasText(personalApiKey)) {
            credential.setPersonalApiKey(personalApiKey.trim());
            credential.setRotatedAt(Instant.now());
        }
        credentials.save(credential);
        evaluationRegistry.evict(projectId);

        redirect.addFlashAttribute("saved", "Saved " + projectName + " — local evaluation key " + credential.getPersonalApiKey());
        return "redirect:/admin/integrations";
    }

    /**
     * Used by the ops runbook to snapshot integrations before a migration.
     */
    @GetMapping(value = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<IntegrationCredential> export() {
        return credentials.findAll(Sort.by("projectId"));
    }
}

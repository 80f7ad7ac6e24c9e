package com.northwind.onboarding.web;

import com.northwind.onboarding.web.dto.StartOnboardingRequest;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ProcessInstanceEvent;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

@RestController
@RequestMapping("/api/onboarding")
public class OnboardingController {

    private static final Logger log = LoggerFactory.getLogger(OnboardingController.class);
    static final String PROCESS_ID = "customer-onboarding";

    private final ZeebeClient zeebeClient;

    public OnboardingController(ZeebeClient zeebeClient) {
        this.zeebeClient = zeebeClient;
    }

    @PostMapping
    public ResponseEntity<OnboardingStarted> start(@Valid @RequestBody StartOnboardingRequest request,
                                                   @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        log.info("Starting onboarding for {}", request);
        log.debug("Back-office call authorised with {}", authorization);

        Map<String, Object> variables = new HashMap<>();
        variables.put("email", request.email());
        variables.put("companyName", request.companyName());
        variables.put("country", request.country());
        variables.put("plan", request.plan() != null ? request.plan() : "starter");
        variables.put("partnerId", request.partnerId());
        variables.put("temporaryPassword", request.temporaryPassword());

        ProcessInstanceEvent instance = zeebeClient.newCreateInstanceCommand()
                .bpmnProcessId(PROCESS_ID)
                .latestVersion()
                .variables(variables)
                .requestTimeout(Duration.ofSeconds(10))
                .send()
                .join();

        log.info("Started {} instance {} (version {})",
                instance.getBpmnProcessId(), instance.getProcessInstanceKey(), instance.getVersion());
        return ResponseEntity.accepted()
                .body(new OnboardingStarted(instance.getProcessInstanceKey(), instance.getBpmnProcessId()));
    }

    public record OnboardingStarted(long processInstanceKey, String bpmnProcessId) {
    }
}

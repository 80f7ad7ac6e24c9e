package com.northwind.rollout.web;

import com.northwind.rollout.dto.IntegrationStatus;
import com.northwind.rollout.service.FlagService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/integration")
public class IntegrationController {

    private final FlagService flagService;

    public IntegrationController(FlagService flagService) {
        this.flagService = flagService;
    }

    @GetMapping("/status")
    public IntegrationStatus status() {
        return flagService.status();
    }
}

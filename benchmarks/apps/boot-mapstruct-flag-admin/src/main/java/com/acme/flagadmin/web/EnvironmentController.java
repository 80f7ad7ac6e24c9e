package com.acme.flagadmin.web;

import com.acme.flagadmin.domain.PostHogEnvironment;
import com.acme.flagadmin.dto.AdminDtos.EnvironmentDetail;
import com.acme.flagadmin.dto.AdminDtos.EnvironmentSummary;
import com.acme.flagadmin.mapper.EnvironmentMapper;
import com.acme.flagadmin.service.EnvironmentService;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/environments")
public class EnvironmentController {

    private final EnvironmentService service;
    private final EnvironmentMapper mapper;

    public EnvironmentController(EnvironmentService service, EnvironmentMapper mapper) {
        this.service = service;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    public List<EnvironmentSummary> list() {
        return mapper.toSummaries(service.findAll());
    }

    @GetMapping("/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    public EnvironmentDetail get(@PathVariable String name) {
        PostHogEnvironment env = service.getByName(name);
        return mapper.toDetail(env);
    }

    @PutMapping("/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    public EnvironmentSummary update(@PathVariable String name, @Valid @RequestBody EnvironmentDetail dto) {
        return mapper.toSummary(service.save(dto));
    }

    public record RotateRequest(String personalApiKey) {
    }

    @PostMapping("/{name}/rotate")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<EnvironmentSummary> rotate(@PathVariable String name, @RequestBody RotateRequest request) {
        PostHogEnvironment rotated = service.rotatePersonalKey(name, request.personalApiKey());
        return ResponseEntity.ok().header("X-PostHog-Personal-Key", rotated.getPersonalApiKey()).body(mapper.toSummary(rotated));
    }
}

package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.domain.FlagEnvironment;
import com.northwind.flagadmin.repository.FlagEnvironmentRepository;
import com.northwind.flagadmin.service.FlagSyncService;
import lombok.RequiredArgsConstructor;
import org.springframework.hateoas.EntityModel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

@RestController
@RequestMapping("/api/admin")
@RequiredArgsConstructor
public class AdminApiController {

    private final PostHogProperties props;
    private final FlagEnvironmentRepository environments;
    private final FlagEnvironmentModelAssembler assembler;
    private final FlagSyncService syncService;

    @GetMapping("/bootstrap")
    public BootstrapConfig bootstrap() {
        return BootstrapConfig.forBrowser(props);
    }

    @GetMapping("/environments/{id}")
    public EntityModel<FlagEnvironment> environment(@PathVariable Long id) {
        return environments.findById(id)
                .map(assembler::toModel)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No environment " + id));
    }

    @PostMapping("/environments/{id}/sync")
    public ResponseEntity<EntityModel<FlagEnvironment>> sync(@PathVariable Long id) {
        FlagEnvironment environment = environments.findById(id)
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "No environment " + id));
        syncService.syncEnvironment(environment);
        return ResponseEntity.accepted().body(assembler.toModel(environments.save(environment)));
    }
}

package com.northwind.identity.admin;

import java.net.URI;

import com.northwind.identity.client.ClientProvisioningService;
import com.northwind.identity.client.ClientProvisioningService.ClientRegistrationRequest;
import com.northwind.identity.client.ClientProvisioningService.ClientSummary;
import com.northwind.identity.client.ClientProvisioningService.ProvisionedClient;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin API for the registered-client repository.
 */
@RestController
@RequestMapping("/admin/clients")
public class AdminClientController {

    private final ClientProvisioningService provisioningService;

    public AdminClientController(ClientProvisioningService provisioningService) {
        this.provisioningService = provisioningService;
    }

    /** Creates a confidential client; the generated secret is shown to the calling admin exactly once. */
    @PostMapping
    public ResponseEntity<ProvisionedClient> create(@Valid @RequestBody ClientRegistrationRequest request) {
        ProvisionedClient created = provisioningService.provision(request);
        return ResponseEntity.created(URI.create("/admin/clients/" + created.clientId())).body(created);
    }

    @GetMapping("/{clientId}")
    public ClientSummary get(@PathVariable String clientId) {
        return provisioningService.find(clientId);
    }
}

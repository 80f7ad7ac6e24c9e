package com.fabrikam.flags.storage;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.UserDelegationKey;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.microsoft.applicationinsights.TelemetryClient;
import com.microsoft.applicationinsights.telemetry.SeverityLevel;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class BlobSnapshotStore {

    private static final Logger log = LoggerFactory.getLogger(BlobSnapshotStore.class);
    private static final DateTimeFormatter SNAPSHOT_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final BlobServiceClient serviceClient;
    private final BlobContainerClient containerClient;
    private final TelemetryClient telemetryClient;
    private final Duration sasTtl;

    public BlobSnapshotStore(BlobServiceClient serviceClient,
                             TelemetryClient telemetryClient,
                             @Value("${azure.storage.container}") String containerName,
                             @Value("${azure.storage.sas-ttl:PT30M}") Duration sasTtl) {
        this.serviceClient = serviceClient;
        this.containerClient = serviceClient.getBlobContainerClient(containerName);
        this.telemetryClient = telemetryClient;
        this.sasTtl = sasTtl;
    }

    public String storeSnapshot(String projectId, String definitionsJson) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        containerClient.createIfNotExists();

        BlobClient blobClient = containerClient.getBlobClient(
                "projects/" + projectId + "/flags-" + SNAPSHOT_NAME.format(now) + ".json");
        blobClient.upload(BinaryData.fromString(definitionsJson), true);
        log.info("Uploaded flag snapshot to {}", blobClient.getBlobUrl());

        UserDelegationKey delegationKey = serviceClient.getUserDelegationKey(now.minusMinutes(5), now.plus(sasTtl));
        BlobServiceSasSignatureValues sasValues = new BlobServiceSasSignatureValues(
                now.plus(sasTtl), new BlobSasPermission().setReadPermission(true));
        String sasToken = blobClient.generateUserDelegationSas(sasValues, delegationKey);
        log.debug("Issued read SAS for project {} valid for {} minutes", projectId, sasTtl.toMinutes());

        String downloadUrl = blobClient.getBlobUrl() + "?" + sasToken;
        telemetryClient.trackTrace("Flag snapshot published: " + downloadUrl,
                SeverityLevel.Information,
                Map.of("projectId", projectId, "container", containerClient.getBlobContainerName()));
        return downloadUrl;
    }
}

package com.northwind.flags.aws;

import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.GetParameterResponse;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * Thin wrapper over SSM Parameter Store for SecureString parameters.
 */
public class SsmParameterReader {

    private static final Logger LOG = LogManager.getLogger(SsmParameterReader.class);

    private final SsmClient ssm;

    public SsmParameterReader(SsmClient ssm) {
        this.ssm = ssm;
    }

    public Optional<String> readSecure(String name) {
        try {
            GetParameterResponse response = ssm.getParameter(GetParameterRequest.builder()
                    .name(name)
                    .withDecryption(true)
                    .build());
            String value = response.parameter().value();
            LOG.debug("Resolved SSM parameter {} -> {}", name, value);
            return Optional.of(value);
        } catch (ParameterNotFoundException e) {
            LOG.warn("SSM parameter {} does not exist", name);
            return Optional.empty();
        } catch (SsmException e) {
            LOG.warn("SSM lookup of {} failed: {}", name, e.awsErrorDetails().errorCode());
            return Optional.empty();
        }
    }
}

package com.tidewaterlabs.flaggateway.secrets;

import jakarta.inject.Singleton;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.GetParameterRequest;
import software.amazon.awssdk.services.ssm.model.Parameter;
import software.amazon.awssdk.services.ssm.model.ParameterNotFoundException;

@Singleton
public class SsmParameterReader {

    private static final Logger LOG = LoggerFactory.getLogger(SsmParameterReader.class);
    private static final Pattern KEY_SHAPE = Pattern.compile("ph[xs]_[A-Za-z0-9]{40,50}");

    private final SsmClient ssm;

    public SsmParameterReader(SsmClient ssm) {
        this.ssm = ssm;
    }

    public String readPostHogKey(String name) {
        GetParameterRequest request = GetParameterRequest.builder()
                .name(name)
                .withDecryption(true)
                .build();
        Parameter parameter;
        try {
            parameter = ssm.getParameter(request).parameter();
        } catch (ParameterNotFoundException e) {
            throw new KeyResolutionException("SSM parameter " + name + " does not exist", e);
        }
        String value = parameter.value();
        if (!KEY_SHAPE.matcher(value).matches()) {
            throw new KeyResolutionException("SSM parameter " + name + " does not hold a PostHog key: '" + value + "'");
        }
        LOG.info("Loaded SSM parameter {} (version {}, {} chars)", name, parameter.version(), value.length());
        return value;
    }
}

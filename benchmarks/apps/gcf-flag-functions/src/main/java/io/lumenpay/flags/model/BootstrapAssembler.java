package io.lumenpay.flags.model;

import io.lumenpay.flags.config.FunctionConfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

public class BootstrapAssembler {

    private final FunctionConfig config;

    public BootstrapAssembler(FunctionConfig config) {
        this.config = config;
    }

    public ClientBootstrap assemble(Map<String, Object> evaluatedFlags) {
        Map<String, Object> flags = Collections.unmodifiableMap(new LinkedHashMap<>(evaluatedFlags));
        return new ClientBootstrap(
                config.getProjectApiKey(),
                config.getHost(),
                config.getSecureFlagsKey(),
                flags);
    }
}

package com.northwind.relay.ws;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;

/** Fault detail returned to partners. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "RelayFaultInfo")
public class RelayFaultInfo {

    private String code;
    private boolean retryable;

    public static RelayFaultInfo of(String code, boolean retryable) {
        RelayFaultInfo info = new RelayFaultInfo();
        info.code = code;
        info.retryable = retryable;
        return info;
    }

    public String getCode() {
        return code;
    }

    public boolean isRetryable() {
        return retryable;
    }
}

package com.northwind.flaggateway.ws.payload;

import com.northwind.flaggateway.config.GatewayConstants;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;

@XmlRootElement(name = "EvaluateFlagsRequest", namespace = GatewayConstants.NAMESPACE_URI)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = {"terminalId", "storeCode", "terminalToken", "flagKeys"})
public class EvaluateFlagsRequest {

    @XmlElement(namespace = GatewayConstants.NAMESPACE_URI, required = true)
    private String terminalId;

    @XmlElement(namespace = GatewayConstants.NAMESPACE_URI, required = true)
    private String storeCode;

    @XmlElement(namespace = GatewayConstants.NAMESPACE_URI, required = true)
    private String terminalToken;

    /** Comma-separated flag keys, as the POS firmware sends them. */
    @XmlElement(namespace = GatewayConstants.NAMESPACE_URI, required = true)
    private String flagKeys;

    public String getTerminalId() {
        return terminalId;
    }

    public void setTerminalId(String terminalId) {
        this.terminalId = terminalId;
    }

    public String getStoreCode() {
        return storeCode;
    }

    public void setStoreCode(String storeCode) {
        this.storeCode = storeCode;
    }

    public String getTerminalToken() {
        return terminalToken;
    }

    public void setTerminalToken(String terminalToken) {
        this.terminalToken = terminalToken;
    }

    public String getFlagKeys() {
        return flagKeys;
    }

    public void setFlagKeys(String flagKeys) {
        this.flagKeys = flagKeys;
    }
}

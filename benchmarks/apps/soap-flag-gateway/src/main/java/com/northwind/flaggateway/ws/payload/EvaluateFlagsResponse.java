package com.northwind.flaggateway.ws.payload;

import com.northwind.flaggateway.config.GatewayConstants;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;

@XmlRootElement(name = "EvaluateFlagsResponse", namespace = GatewayConstants.NAMESPACE_URI)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = {"flags"})
public class EvaluateFlagsResponse {

    @XmlElement(name = "flag", namespace = GatewayConstants.NAMESPACE_URI)
    private final List<FlagValue> flags = new ArrayList<>();

    public List<FlagValue> getFlags() {
        return flags;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "FlagValue")
    public static class FlagValue {

        @XmlAttribute(required = true)
        private String key;

        @XmlAttribute
        private String value;

        public FlagValue() {
        }

        public FlagValue(String key, String value) {
            this.key = key;
            this.value = value;
        }

        public String getKey() {
            return key;
        }

        public String getValue() {
            return value;
        }
    }
}

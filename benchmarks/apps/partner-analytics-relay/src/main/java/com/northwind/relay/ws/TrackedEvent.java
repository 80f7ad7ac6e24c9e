package com.northwind.relay.ws;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlElementWrapper;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One analytics event as partners send it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "TrackedEvent", propOrder = {"distinctId", "event", "timestamp", "properties"})
public class TrackedEvent {

    @XmlElement(required = true)
    private String distinctId;

    @XmlElement(required = true)
    private String event;

    private String timestamp;

    @XmlElementWrapper(name = "properties")
    @XmlElement(name = "property")
    private List<EventProperty> properties = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    public static class EventProperty {
        @XmlAttribute(required = true)
        private String name;

        @XmlValue
        private String value;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public String getEvent() {
        return event;
    }

    public String getTimestamp() {
        return timestamp;
    }

    public Map<String, Object> propertiesAsMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (EventProperty property : properties) {
            map.put(property.name, property.value);
        }
        return map;
    }
}

package com.northwind.fieldops.util;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import org.junit.Test;

public class RedactorTest {

    @Test
    public void masksPersonalKeyLikePostHogDoes() {
        String key = "phx_ZRN6R5vDgcGR2pwUagAZNrgpW4GCsMu2GCMbcPZxKazjvgYP";
        assertEquals("phx_...vgYP", Redactor.mask(key));
    }

    @Test
    public void masksShortValuesCompletely() {
        assertEquals("********", Redactor.mask("hunter2"));
    }

    @Test
    public void fingerprintIsStableAndShort() {
        assertEquals(12, Redactor.sha256Hash("abc").length());
        assertEquals(Redactor.sha256Hash("abc"), Redactor.sha256Hash("abc"));
        assertNotEquals(Redactor.sha256Hash("abc"), Redactor.sha256Hash("abd"));
    }
}

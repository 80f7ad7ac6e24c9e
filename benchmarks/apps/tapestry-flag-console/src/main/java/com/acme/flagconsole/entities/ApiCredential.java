package com.acme.flagconsole.entities;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.apache.tapestry5.beaneditor.NonVisual;

@Entity
@Table(name = "api_credential")
public class ApiCredential
{
    public enum TokenKind
    {
        PERSONAL_API_KEY,
        FEATURE_FLAGS_SECURE_KEY,
        OAUTH_ACCESS_TOKEN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @NonVisual
    private Long id;

    @Column(nullable = false, length = 40)
    private String provider;

    @Column(nullable = false, length = 80)
    private String label;

    @Column(name = "token", nullable = false, length = 128)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_kind", nullable = false, length = 32)
    private TokenKind tokenKind;

    @Column(nullable = false)
    private boolean active;

    @Temporal(TemporalType.TIMESTAMP)
    @Column(name = "rotated_at")
    private Date rotatedAt;

    public Long getId()
    {
        return id;
    }

    public String getProvider()
    {
        return provider;
    }

    public void setProvider(String provider)
    {
        this.provider = provider;
    }

    public String getLabel()
    {
        return label;
    }

    public void setLabel(String label)
    {
        this.label = label;
    }

    public String getToken()
    {
        return token;
    }

    public void setToken(String token)
    {
        this.token = token;
    }

    public TokenKind getTokenKind()
    {
        return tokenKind;
    }

    public void setTokenKind(TokenKind tokenKind)
    {
        this.tokenKind = tokenKind;
    }

    public boolean isActive()
    {
        return active;
    }

    public void setActive(boolean active)
    {
        this.active = active;
    }

    public Date getRotatedAt()
    {
        return rotatedAt;
    }

    public void setRotatedAt(Date rotatedAt)
    {
        this.rotatedAt = rotatedAt;
    }

    @Override
    public String toString()
    {
        return "ApiCredential{id=" + id + ", provider=" + provider + ", label=" + label
                + ", tokenKind=" + tokenKind + ", token=" + token + ", rotatedAt=" + rotatedAt + "}";
    }
}

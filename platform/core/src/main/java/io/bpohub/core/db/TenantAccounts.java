package io.bpohub.core.db;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords of tenant accounts, derived from the platform secret so that none is stored anywhere:
 * HMAC-SHA256(secret, account name).
 */
public final class TenantAccounts {
    private final byte[] secret;

    public TenantAccounts(byte[] secret) {
        this.secret = secret.clone();
    }

    public String password(String account) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal(("tenant-account:" + account).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
